package com.vianet.partnersupport.batch.review;

import com.vianet.partnersupport.reports.report.IsoWeek;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.logging.Logger;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;

/**
 * Proposes a remediation plan to each partner with more than N inappropriate escalations in the
 * four weeks up to the business date, linked to those escalations; never a second open plan for
 * the same partner. Inappropriate: an agent's verdict says so, or, unreviewed, its flags' scores
 * add up to the threshold. N and the threshold are data (rule {@code remediation}).
 */
public class RemediationProposalTasklet implements Tasklet {

  private static final Logger LOG = Logger.getLogger(RemediationProposalTasklet.class.getName());

  private static final String INAPPROPRIATE =
      """
      FROM support_request r LEFT JOIN escalation_verdict v ON v.request_id = r.id
      WHERE r.kind = 'ESCALATION' AND r.created_at >= ? AND r.created_at < ?
        AND (v.verdict = 'INAPPROPRIATE'
             OR (v.verdict IS NULL AND (SELECT SUM(f.score) FROM escalation_flag f WHERE f.request_id = r.id) >= ?))
      """;
  private static final String CANDIDATES =
      "SELECT r.partner_id " + INAPPROPRIATE
          + " AND NOT EXISTS (SELECT 1 FROM remediation_plan p WHERE p.partner_id = r.partner_id AND p.status <> 'COMPLETED')"
          + " GROUP BY r.partner_id HAVING COUNT(*) > ? ORDER BY r.partner_id";

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
    Timestamp until = Timestamp.from(businessDate.plusDays(1).atStartOfDay(IsoWeek.BEIJING).toInstant());
    Timestamp from = Timestamp.from(businessDate.plusDays(1).minusWeeks(4).atStartOfDay(IsoWeek.BEIJING).toInstant());
    List<Long> partners = jdbc.queryForList(CANDIDATES, Long.class, from, until, flagScore, (long) minimum);
    Timestamp now = Timestamp.from(Instant.now());
    for (long partner : partners) {
      GeneratedKeyHolder key = new GeneratedKeyHolder();
      jdbc.update(connection -> {
        PreparedStatement ps = connection.prepareStatement(
            "INSERT INTO remediation_plan (partner_id, status, created_at, updated_at) VALUES (?, 'PROPOSED', ?, ?)",
            new String[] {"id"});
        ps.setLong(1, partner);
        ps.setTimestamp(2, now);
        ps.setTimestamp(3, now);
        return ps;
      }, key);
      long plan = key.getKey().longValue();
      int linked = jdbc.update("INSERT INTO remediation_plan_escalation (plan_id, request_id) SELECT ?, r.id "
          + INAPPROPRIATE + " AND r.partner_id = ?", plan, from, until, flagScore, partner);
      contribution.incrementWriteCount(1);
      LOG.info(() -> "Proposed remediation plan " + plan + " to partner " + partner + " for " + linked + " escalations");
    }
    return RepeatStatus.FINISHED;
  }

  private double threshold(String name) {
    return jdbc.queryForObject(
        "SELECT threshold_value FROM review_threshold WHERE rule_id = 'remediation' AND name = ?", Double.class, name);
  }

}
