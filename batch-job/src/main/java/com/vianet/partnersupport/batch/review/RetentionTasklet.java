package com.vianet.partnersupport.batch.review;

import com.vianet.partnersupport.core.user.PersonalDataMarks;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Applies the retention periods of {@code retention_rule} as of the end of the business date
 * (Beijing): closed requests' contact fields anonymised and their attachments deleted, old sign-in
 * audit and download records deleted. Each rule that changed something is recorded in {@code
 * personal_data_action}. Running it again changes nothing more, so a restart is safe.
 */
public class RetentionTasklet implements Tasklet {

  static final String ERASED = PersonalDataMarks.ERASED;

  private static final Map<String, String> RULES =
      Map.of(
          "REQUEST_CONTACT",
          "UPDATE support_request SET contact_name = '"
              + ERASED
              + "', contact_email = '"
              + ERASED
              + "', contact_phone = NULL, anonymised_at = ? WHERE anonymised_at IS NULL"
              + " AND status = 'CLOSED' AND closed_at < ?",
          "REQUEST_ATTACHMENTS",
          "DELETE FROM request_attachment WHERE request_id IN (SELECT id FROM support_request"
              + " WHERE status = 'CLOSED' AND closed_at < ?)",
          "SIGN_IN_AUDIT",
          "DELETE FROM sign_in_audit WHERE occurred_at < ?",
          "DOWNLOAD_RECORDS",
          "DELETE FROM download_record WHERE occurred_at < ?");

  private final JdbcTemplate jdbc;
  private final LocalDate businessDate;

  public RetentionTasklet(JdbcTemplate jdbc, LocalDate businessDate) {
    this.jdbc = jdbc;
    this.businessDate = businessDate;
  }

  @Override
  public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
    OffsetDateTime endOfDay =
        businessDate
            .plusDays(1)
            .atStartOfDay(com.vianet.partnersupport.core.clock.Beijing.ZONE)
            .toOffsetDateTime()
            .withOffsetSameInstant(ZoneOffset.UTC);
    OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
    List<Map<String, Object>> rules =
        jdbc.queryForList(
            "SELECT id, keep_months FROM retention_rule WHERE enabled = TRUE ORDER BY id");
    for (Map<String, Object> rule : rules) {
      String id = (String) rule.get("ID");
      OffsetDateTime cutoff = endOfDay.minusMonths(((Number) rule.get("KEEP_MONTHS")).longValue());
      String sql = RULES.get(id);
      Timestamp before = Timestamp.from(cutoff.toInstant());
      int changed =
          id.equals("REQUEST_CONTACT")
              ? jdbc.update(sql, Timestamp.from(now.toInstant()), before)
              : jdbc.update(sql, before);
      contribution.incrementWriteCount(changed);
      if (changed > 0) {
        jdbc.update(
            "INSERT INTO personal_data_action (occurred_at, actor_id, kind, subject, affected)"
                + " VALUES (?, NULL, 'RETENTION', ?, ?)",
            Timestamp.from(now.toInstant()),
            id,
            changed);
      }
    }
    return RepeatStatus.FINISHED;
  }
}
