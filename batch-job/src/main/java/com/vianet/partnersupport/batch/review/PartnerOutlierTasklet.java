package com.vianet.partnersupport.batch.review;

import com.vianet.partnersupport.batch.review.rules.PartnerOutliers;
import com.vianet.partnersupport.core.review.RuleSettings;
import com.vianet.partnersupport.reports.IsoWeek;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.jdbc.core.JdbcTemplate;

/** The partner-level rule: flags the week's escalations of partners whose rate is an outlier. */
public class PartnerOutlierTasklet implements Tasklet {

  private static final String RATES =
      """
      SELECT p.id, (SELECT COUNT(*) FROM customer c WHERE c.partner_id = p.id),
          (SELECT COUNT(*) FROM support_request r WHERE r.partner_id = p.id AND r.kind = 'ESCALATION'
              AND r.created_at >= ? AND r.created_at < ?)
      FROM partner p
      """;
  private static final String FLAG =
      """
      INSERT INTO escalation_flag (request_id, rule_id, rule_version, score, reason, business_date, created_at)
      SELECT r.id, ?, ?, ?, ?, ?, ? FROM support_request r
      WHERE r.partner_id = ? AND r.kind = 'ESCALATION' AND r.created_at >= ? AND r.created_at < ?
        AND NOT EXISTS (SELECT 1 FROM escalation_flag f WHERE f.request_id = r.id AND f.rule_id = ? AND f.rule_version = ?)
      """;

  private final JdbcTemplate jdbc;
  private final LocalDate businessDate;

  public PartnerOutlierTasklet(JdbcTemplate jdbc, LocalDate businessDate) {
    this.jdbc = jdbc;
    this.businessDate = businessDate;
  }

  @Override
  public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
    RuleSettings rule = RuleSettingsReader.read(jdbc).get("partner-outlier");
    if (rule == null || !rule.enabled()) {
      return RepeatStatus.FINISHED;
    }
    IsoWeek week = IsoWeek.of(businessDate);
    Timestamp start = Timestamp.from(week.start());
    Timestamp end = Timestamp.from(week.end());
    Map<Long, Double> rates = new HashMap<>();
    jdbc.query(
        RATES,
        rs -> {
          long customers = rs.getLong(2);
          if (customers > 0) {
            rates.put(rs.getLong(1), 100.0 * rs.getLong(3) / customers);
          }
        },
        start,
        end);
    Timestamp now = Timestamp.from(Instant.now());
    PartnerOutliers.find(rates, rule.threshold("robust-z"), (int) rule.threshold("min-partners"))
        .values()
        .forEach(
            o -> {
              String reason =
                  String.format(
                      Locale.ROOT,
                      "the partner's %.1f escalations per 100 customers in %s stand out from its"
                          + " peers' median %.1f (MAD %.1f, robust z %.1f)",
                      o.rate(),
                      week.label(),
                      o.median(),
                      o.mad(),
                      o.robustZ());
              int flagged =
                  jdbc.update(
                      FLAG,
                      rule.ruleId(),
                      rule.version(),
                      rule.threshold("score"),
                      reason,
                      Date.valueOf(businessDate),
                      now,
                      o.partnerId(),
                      start,
                      end,
                      rule.ruleId(),
                      rule.version());
              contribution.incrementWriteCount(flagged);
            });
    return RepeatStatus.FINISHED;
  }
}
