package com.vianet.partnersupport.core.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vianet.partnersupport.core.config.ConfiguredDataSource;
import com.vianet.partnersupport.core.config.DatabaseSettings;
import com.vianet.partnersupport.core.demo.DemoData;
import com.vianet.partnersupport.core.request.RequestNumbers;
import com.vianet.partnersupport.core.testing.Sql;
import com.vianet.partnersupport.core.testing.ThrowawayPostgres;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/** The same migrations and demo data on both databases the product supports. */
class MigrationsIT {

  private static final Instant NOW = Instant.parse("2026-11-25T08:00:00Z");

  @Test
  void migrationsAndDemoDataWorkOnPostgres() throws SQLException {
    try (ThrowawayPostgres postgres = ThrowawayPostgres.create()) {
      checkMigrationsAndDemoData(postgres.dataSource());
    }
  }

  @Test
  void migrationsAndDemoDataWorkOnH2File() throws SQLException {
    String dir = System.getProperty("build.directory", "target");
    DataSource h2 =
        ConfiguredDataSource.create(
            new DatabaseSettings(
                "jdbc:h2:file:" + dir + "/h2-it/" + UUID.randomUUID() + ";AUTO_SERVER=TRUE",
                "sa",
                ""));
    checkMigrationsAndDemoData(h2);
  }

  @Test
  void oldHistoryNotesKeepTheirTextAndGetTranslatableDetailOnBothDatabases() throws Exception {
    try (ThrowawayPostgres postgres = ThrowawayPostgres.create()) {
      checkHistoryDetailMigration(postgres.dataSource());
    }
    String dir = System.getProperty("build.directory", "target");
    checkHistoryDetailMigration(
        ConfiguredDataSource.create(
            new DatabaseSettings(
                "jdbc:h2:file:" + dir + "/h2-it/" + UUID.randomUUID() + ";AUTO_SERVER=TRUE",
                "sa",
                "")));
  }

  private void checkHistoryDetailMigration(DataSource dataSource) throws Exception {
    SchemaMigration.migrate(dataSource);
    DemoData.loadIfEmpty(dataSource, NOW);
    try (Connection c = dataSource.getConnection();
        Statement s = c.createStatement()) {
      long request = Sql.count(c, "SELECT MIN(id) FROM support_request");
      for (String[] entry :
          new String[][] {
            {"CONTACT_LOGGED", "PHONE: Called: asked for logs"},
            {"SEVERITY_CHANGED", "CRITICAL → MINIMAL: No answer: twice"},
            {"VERDICT", "INAPPROPRIATE: How-to question"},
            {"VERDICT", "APPROPRIATE"}
          }) {
        s.executeUpdate(
            "INSERT INTO request_history (request_id, event_type, note, actor_name,"
                + " visible_to_partner, created_at) VALUES ("
                + request
                + ", '"
                + entry[0]
                + "', '"
                + entry[1]
                + "', 'Old', TRUE, CURRENT_TIMESTAMP)");
      }
      // The old rows as V18 found them: its updates, run again, give them their detail.
      String v18 =
          new String(
              MigrationsIT.class
                  .getResourceAsStream("/db/migration/V18__history_detail.sql")
                  .readAllBytes(),
              java.nio.charset.StandardCharsets.UTF_8);
      for (String statement : v18.split(";")) {
        String sql = statement.replaceAll("(?m)^--.*$", "").strip();
        if (sql.startsWith("UPDATE")) {
          s.executeUpdate(sql);
        }
      }
      assertThat(
              Sql.strings(
                  c,
                  "SELECT event_type || '|' || detail || '|' || COALESCE(note, '-') FROM"
                      + " request_history WHERE actor_name = 'Old' ORDER BY id"))
          .containsExactly(
              "CONTACT_LOGGED|contact.PHONE|Called: asked for logs",
              "SEVERITY_CHANGED|severity.CRITICAL severity.MINIMAL|No answer: twice",
              "VERDICT|verdict.INAPPROPRIATE|-",
              "VERDICT|verdict.APPROPRIATE|-");
    }
  }

  @Test
  void requestsThatExistedBeforeTheSearchAreIndexedByTheMigration() throws Exception {
    try (ThrowawayPostgres postgres = ThrowawayPostgres.create()) {
      DataSource dataSource = postgres.dataSource();
      SchemaMigration.migrate(dataSource);
      DemoData.loadIfEmpty(dataSource, NOW);
      try (Connection c = dataSource.getConnection();
          Statement s = c.createStatement()) {
        List<String> written = Sql.strings(c, TERMS);
        assertThat(written).hasSizeGreaterThan(1000);
        s.executeUpdate("DELETE FROM request_search_term");
        c.setAutoCommit(false);
        new db.migration.V19_1__Search_terms_of_existing_requests()
            .migrate(
                new org.flywaydb.core.api.migration.Context() {
                  @Override
                  public org.flywaydb.core.api.configuration.Configuration getConfiguration() {
                    return null;
                  }

                  @Override
                  public Connection getConnection() {
                    return c;
                  }
                });
        c.commit();
        assertThat(Sql.strings(c, TERMS)).isEqualTo(written);
      }
    }
  }

  private static final String TERMS =
      "SELECT t.term || ' ' || r.request_number FROM request_search_term t JOIN support_request r"
          + " ON r.id = t.request_id ORDER BY t.term, r.request_number";

  private void checkMigrationsAndDemoData(DataSource dataSource) throws SQLException {
    assertThat(SchemaMigration.migrate(dataSource).migrationsExecuted).isGreaterThanOrEqualTo(2);
    assertThat(SchemaMigration.migrate(dataSource).migrationsExecuted).isZero();

    assertThat(DemoData.loadIfEmpty(dataSource, NOW)).isTrue();
    assertThat(DemoData.loadIfEmpty(dataSource, NOW)).isFalse();

    try (Connection c = dataSource.getConnection()) {
      assertThat(Sql.count(c, "SELECT COUNT(*) FROM partner")).isEqualTo(3);
      assertThat(Sql.count(c, "SELECT COUNT(*) FROM customer"))
          .isEqualTo(3L * DemoData.CUSTOMERS_PER_PARTNER);
      assertThat(Sql.count(c, "SELECT COUNT(*) FROM support_request"))
          .isEqualTo(DemoData.REQUESTS + DemoData.RECENT_REQUESTS);
      assertThat(Sql.count(c, "SELECT COUNT(DISTINCT status) FROM support_request")).isEqualTo(6);
      assertThat(Sql.count(c, "SELECT COUNT(DISTINCT kind) FROM support_request")).isEqualTo(3);
      assertThat(Sql.count(c, "SELECT COUNT(*) FROM support_request WHERE kind = 'ESCALATION'"))
          .isEqualTo(Sql.count(c, "SELECT COUNT(*) FROM escalation_justification"));
      assertThat(
              Sql.count(
                  c,
                  "SELECT COUNT(*) FROM support_request r WHERE NOT EXISTS (SELECT 1 FROM"
                      + " request_history h WHERE h.request_id = r.id AND h.event_type ="
                      + " 'CREATED')"))
          .isZero();
      // An escalation's customer always belongs to the partner that escalated it.
      assertThat(
              Sql.count(
                  c,
                  "SELECT COUNT(*) FROM support_request r JOIN customer c ON c.id = r.customer_id"
                      + " WHERE c.partner_id <> r.partner_id"))
          .isZero();

      // The job repository comes from the database's own script of Spring Batch.
      assertThat(Sql.count(c, "SELECT COUNT(*) FROM BATCH_JOB_INSTANCE")).isZero();

      long[] numbers = RequestNumbers.reserve(c, 500);
      assertThat(Arrays.stream(numbers).distinct().count()).isEqualTo(500);
      try (Statement s = c.createStatement()) {
        assertThatThrownBy(
                () ->
                    s.executeUpdate(
                        "INSERT INTO partner (code, name, created_at)"
                            + " VALUES ('CONTOSO', 'Duplicate', CURRENT_TIMESTAMP)"))
            .isInstanceOf(SQLException.class);
      }
    }
  }
}
