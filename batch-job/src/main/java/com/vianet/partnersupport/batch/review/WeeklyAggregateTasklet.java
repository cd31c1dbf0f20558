package com.vianet.partnersupport.batch.review;

import com.vianet.partnersupport.reports.IsoWeek;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Replaces the business date's ISO week of {@code escalation_weekly_aggregate}: counts by partner,
 * service and category, verdicts, deflected cases, and the median and 90th percentile of the hours
 * to first contact and to resolution. Delete and insert run in the step's one transaction, so a
 * rerun or a restart after a failure gives the same rows, never duplicates.
 */
public class WeeklyAggregateTasklet implements Tasklet {

  private static final String DELETE_WEEK =
      "DELETE FROM escalation_weekly_aggregate WHERE iso_week = ?";

  private static final String INSERT_WEEK =
      """
      INSERT INTO escalation_weekly_aggregate (iso_week, partner_id, service_id, category, escalations,
          appropriate, inappropriate, unreviewed, deflected, first_contact_p50_hours, first_contact_p90_hours,
          resolution_p50_hours, resolution_p90_hours, computed_at)
      SELECT ?, r.partner_id, r.service_id, r.category,
          SUM(CASE WHEN r.kind = 'ESCALATION' THEN 1 ELSE 0 END),
          SUM(CASE WHEN r.kind = 'ESCALATION' AND v.verdict = 'APPROPRIATE' THEN 1 ELSE 0 END),
          SUM(CASE WHEN r.kind = 'ESCALATION' AND v.verdict = 'INAPPROPRIATE' THEN 1 ELSE 0 END),
          SUM(CASE WHEN r.kind = 'ESCALATION' AND v.verdict IS NULL THEN 1 ELSE 0 END),
          SUM(CASE WHEN r.kind = 'DEFLECTED' THEN 1 ELSE 0 END),
          PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY CASE WHEN r.kind = 'ESCALATION' THEN
              (EXTRACT(EPOCH FROM r.first_contact_at) - EXTRACT(EPOCH FROM r.created_at)) / 3600.0 END),
          PERCENTILE_CONT(0.9) WITHIN GROUP (ORDER BY CASE WHEN r.kind = 'ESCALATION' THEN
              (EXTRACT(EPOCH FROM r.first_contact_at) - EXTRACT(EPOCH FROM r.created_at)) / 3600.0 END),
          PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY CASE WHEN r.kind = 'ESCALATION' THEN
              (EXTRACT(EPOCH FROM r.resolved_at) - EXTRACT(EPOCH FROM r.created_at)) / 3600.0 END),
          PERCENTILE_CONT(0.9) WITHIN GROUP (ORDER BY CASE WHEN r.kind = 'ESCALATION' THEN
              (EXTRACT(EPOCH FROM r.resolved_at) - EXTRACT(EPOCH FROM r.created_at)) / 3600.0 END),
          ?
      FROM support_request r
      LEFT JOIN escalation_verdict v ON v.request_id = r.id
      WHERE r.kind IN ('ESCALATION', 'DEFLECTED') AND r.service_id IS NOT NULL
        AND r.created_at >= ? AND r.created_at < ?
      GROUP BY r.partner_id, r.service_id, r.category
      """;

  private final JdbcTemplate jdbc;
  private final LocalDate businessDate;

  public WeeklyAggregateTasklet(JdbcTemplate jdbc, LocalDate businessDate) {
    this.jdbc = jdbc;
    this.businessDate = businessDate;
  }

  @Override
  public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
    IsoWeek week = IsoWeek.of(businessDate);
    jdbc.update(DELETE_WEEK, week.label());
    int rows =
        jdbc.update(
            INSERT_WEEK,
            week.label(),
            Timestamp.from(Instant.now()),
            Timestamp.from(week.start()),
            Timestamp.from(week.end()));
    contribution.incrementWriteCount(rows);
    return RepeatStatus.FINISHED;
  }
}
