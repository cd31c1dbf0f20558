package com.vianet.partnersupport.batch.review;

import com.vianet.partnersupport.reports.IsoWeek;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.logging.Logger;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Proposes a remediation plan to each partner with more than N inappropriate escalations in the
 * four weeks up to the business date, linked to those escalations; never a second open plan for the
 * same partner. Inappropriate: an agent's verdict says so, or, unreviewed, its flags' scores add up
 * to the threshold. N and the threshold are data (rule {@code remediation}).
 */
public class RemediationProposalTasklet implements Tasklet {

  private static final Logger LOG = Logger.getLogger(RemediationProposalTasklet.class.getName());

  private static final String INAPPROPRIATE =
      """
      FROM support_request r LEFT JOIN escalation_effective_verdict v ON v.request_id = r.id
      WHERE r.kind = 'ESCALATION' AND r.created_at >= ? AND r.created_at < ?
        AND (v.verdict = 'INAPPROPRIATE'
             OR (v.verdict IS NULL AND (SELECT SUM(f.score) FROM escalation_flag f WHERE f.request_id = r.id) >= ?))
      """;

  /** One plan per candidate partner: more than N inappropriate escalations and no open plan. */
  private static final String PROPOSE =
      "INSERT INTO remediation_plan (partner_id, status, created_at, updated_at) SELECT"
          + " r.partner_id, 'PROPOSED', ?, ? "
          + INAPPROPRIATE
          + " AND NOT EXISTS (SELECT 1 FROM remediation_plan p WHERE p.partner_id = r.partner_id"
          + " AND p.status <> 'COMPLETED') GROUP BY r.partner_id HAVING COUNT(*) > ?";

  /**
   * Links the new plans to their escalations: a partner has at most one open plan (a unique index),
   * so the open plan created at this step's instant is the one just proposed.
   */
  private static final String LINK =
      "INSERT INTO remediation_plan_escalation (plan_id, request_id) SELECT p.id, r.id FROM"
          + " remediation_plan p JOIN (SELECT r.id, r.partner_id "
          + INAPPROPRIATE
          + ") r ON r.partner_id = p.partner_id"
          + " WHERE p.status = 'PROPOSED' AND p.created_at = ?";

  /**
   * The first entry on each new plan's timeline, as the portal writes for a plan an agent opens.
   */
  private static final String TIMELINE =
      """
      INSERT INTO remediation_plan_history (plan_id, event_type, status, note, actor_name, created_at)
      SELECT p.id, 'OPENED', 'PROPOSED',
          CAST((SELECT COUNT(*) FROM remediation_plan_escalation e WHERE e.plan_id = p.id) AS VARCHAR(20)) || ' escalation(s)',
          'Nightly review', p.created_at
      FROM remediation_plan p WHERE p.status = 'PROPOSED' AND p.created_at = ?
      """;

  private final JdbcTemplate jdbc;
  private final LocalDate businessDate;

  public RemediationProposalTasklet(JdbcTemplate jdbc, LocalDate businessDate) {
    this.jdbc = jdbc;
    this.businessDate = businessDate;
  }

  @Override
  public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
    double minimum = threshold("min-inappropriate");
    double flagScore = threshold("flag-score");
    Timestamp until =
        Timestamp.from(businessDate.plusDays(1).atStartOfDay(IsoWeek.BEIJING).toInstant());
    Timestamp from =
        Timestamp.from(
            businessDate.plusDays(1).minusWeeks(4).atStartOfDay(IsoWeek.BEIJING).toInstant());
    // Set-based: one statement for the plans, one for their links, whatever the number of partners.
    // Milliseconds: what every database keeps of it, so the link statement finds the same instant.
    Timestamp now = Timestamp.from(Instant.now().truncatedTo(ChronoUnit.MILLIS));
    int plans = jdbc.update(PROPOSE, now, now, from, until, flagScore, (long) minimum);
    int linked = plans == 0 ? 0 : jdbc.update(LINK, from, until, flagScore, now);
    if (plans > 0) {
      jdbc.update(TIMELINE, now);
    }
    contribution.incrementWriteCount(plans);
    LOG.info(
        () ->
            "Proposed "
                + plans
                + " remediation plans for "
                + linked
                + " inappropriate escalations");
    return RepeatStatus.FINISHED;
  }

  private double threshold(String name) {
    return jdbc.queryForObject(
        "SELECT threshold_value FROM review_threshold WHERE rule_id = 'remediation' AND name = ?",
        Double.class,
        name);
  }
}
