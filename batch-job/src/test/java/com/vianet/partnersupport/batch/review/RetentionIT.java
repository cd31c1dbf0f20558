package com.vianet.partnersupport.batch.review;

import static org.assertj.core.api.Assertions.assertThat;

import com.vianet.partnersupport.core.config.ConfiguredDataSource;
import com.vianet.partnersupport.core.config.DatabaseSettings;
import com.vianet.partnersupport.core.config.Settings;
import com.vianet.partnersupport.core.demo.DemoData;
import com.vianet.partnersupport.core.schema.SchemaMigration;
import java.sql.Connection;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.jdbc.core.JdbcTemplate;

/** The retention periods applied to crafted old data, on H2 and PostgreSQL, twice. */
class RetentionIT {

  private static final LocalDate DATE = LocalDate.parse("2026-11-24");
  private static final Instant NOW = Instant.parse("2026-11-25T08:00:00Z");

  @Test
  void oldPersonalDataGoesAndTheRestStaysOnH2() throws Exception {
    JobDatabases.onH2(RetentionIT::check);
  }

  @Test
  void oldPersonalDataGoesAndTheRestStaysOnPostgres() throws Exception {
    JobDatabases.onPostgres(RetentionIT::check);
  }

  private static void check(Settings settings) throws Exception {
    DataSource dataSource = ConfiguredDataSource.create(DatabaseSettings.from(settings));
    // The data source is not pooled: without a connection held open, H2 closes and reopens the
    // file between statements, and once in a while a reopened file refused an attachment's
    // uploader that the statement before had read (a false foreign-key violation).
    try (Connection keepOpen = dataSource.getConnection()) {
      checkOn(dataSource);
    }
  }

  private static void checkOn(DataSource dataSource) throws Exception {
    SchemaMigration.migrate(dataSource);
    DemoData.loadIfEmpty(dataSource, NOW);
    JdbcTemplate jdbc = new JdbcTemplate(dataSource);
    Long[] ids =
        jdbc.queryForList(
                "SELECT id FROM support_request WHERE kind = 'PARTNER' ORDER BY id", Long.class)
            .subList(0, 2)
            .toArray(Long[]::new);
    Timestamp fourYearsAgo = Timestamp.from(NOW.minus(4 * 366, ChronoUnit.DAYS));
    Timestamp lastMonth = Timestamp.from(NOW.minus(30, ChronoUnit.DAYS));
    jdbc.update(
        "UPDATE support_request SET status = 'CLOSED', closed_at = ? WHERE id = ?",
        fourYearsAgo,
        ids[0]);
    jdbc.update(
        "UPDATE support_request SET status = 'CLOSED', closed_at = ? WHERE id = ?",
        lastMonth,
        ids[1]);
    long uploader = jdbc.queryForObject("SELECT MIN(id) FROM app_user", Long.class);
    for (Long id : ids) {
      jdbc.update(
          "INSERT INTO request_attachment (request_id, file_name, content_type, size_bytes,"
              + " content, uploaded_by, uploaded_at) VALUES (?, 'trace.txt', 'text/plain', 2, ?, ?,"
              + " ?)",
          id,
          new byte[] {'o', 'k'},
          uploader,
          lastMonth);
    }
    jdbc.update(
        "INSERT INTO sign_in_audit (occurred_at, username, client_address, channel, outcome)"
            + " VALUES (?, 'old', '127.0.0.1', 'FORM', 'SUCCESS'), (?, 'new', '127.0.0.1',"
            + " 'FORM', 'SUCCESS')",
        fourYearsAgo,
        lastMonth);

    StepContribution first = run(jdbc);
    assertThat(
            jdbc.queryForObject(
                "SELECT contact_email FROM support_request WHERE id = ?", String.class, ids[0]))
        .isEqualTo(RetentionTasklet.ERASED);
    assertThat(
            jdbc.queryForObject(
                "SELECT contact_email FROM support_request WHERE id = ?", String.class, ids[1]))
        .contains("@");
    assertThat(
            jdbc.queryForList("SELECT request_id FROM request_attachment ORDER BY 1", Long.class))
        .containsExactly(ids[1]);
    assertThat(jdbc.queryForList("SELECT username FROM sign_in_audit", String.class))
        .containsExactly("new");
    assertThat(
            jdbc.queryForList(
                "SELECT subject FROM personal_data_action WHERE kind = 'RETENTION' ORDER BY 1",
                String.class))
        .containsExactly("REQUEST_ATTACHMENTS", "REQUEST_CONTACT", "SIGN_IN_AUDIT");
    assertThat(first.getWriteCount()).isEqualTo(3);

    // A rerun (a restart of the night) finds nothing more to do.
    assertThat(run(jdbc).getWriteCount()).isZero();
  }

  private static StepContribution run(JdbcTemplate jdbc) {
    StepContribution contribution =
        new StepContribution(
            new org.springframework.batch.core.step.StepExecution(
                "applyRetention",
                new org.springframework.batch.core.job.JobExecution(
                    1L,
                    new org.springframework.batch.core.job.JobInstance(1L, "test"),
                    new org.springframework.batch.core.job.parameters.JobParameters())));
    new RetentionTasklet(jdbc, DATE).execute(contribution, null);
    return contribution;
  }
}
