package com.vianet.partnersupport.core.jobs;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;

/**
 * The weekly escalation figures ({@code escalation_weekly_aggregate}) of one ISO week in Beijing
 * time: counts by partner, service and category, verdicts, deflected cases, escalations submitted
 * despite the review's advice and cases deflected after it, and the median and 90th percentile of
 * the hours to first contact and to resolution. The nightly job replaces the business date's week;
 * the demo loader fills the weeks of its requests, so dashboards have figures.
 */
public final class WeeklyAggregates {

  private static final String DELETE_WEEK =
      "DELETE FROM escalation_weekly_aggregate WHERE iso_week = ?";

  private static final String INSERT_WEEK =
      """
      INSERT INTO escalation_weekly_aggregate (iso_week, partner_id, service_id, category, escalations,
          appropriate, inappropriate, unreviewed, deflected, despite_advice, deflected_after_advice,
          first_contact_p50_hours, first_contact_p90_hours, resolution_p50_hours, resolution_p90_hours, computed_at)
      SELECT ?, r.partner_id, r.service_id, r.category,
          SUM(CASE WHEN r.kind = 'ESCALATION' THEN 1 ELSE 0 END),
          SUM(CASE WHEN r.kind = 'ESCALATION' AND v.verdict = 'APPROPRIATE' THEN 1 ELSE 0 END),
          SUM(CASE WHEN r.kind = 'ESCALATION' AND v.verdict = 'INAPPROPRIATE' THEN 1 ELSE 0 END),
          SUM(CASE WHEN r.kind = 'ESCALATION' AND v.verdict IS NULL THEN 1 ELSE 0 END),
          SUM(CASE WHEN r.kind = 'DEFLECTED' THEN 1 ELSE 0 END),
          SUM(CASE WHEN r.kind = 'ESCALATION' AND adv.request_id IS NOT NULL THEN 1 ELSE 0 END),
          SUM(CASE WHEN r.kind = 'DEFLECTED' AND adv.request_id IS NOT NULL THEN 1 ELSE 0 END),
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
      LEFT JOIN escalation_effective_verdict v ON v.request_id = r.id
      LEFT JOIN (SELECT DISTINCT request_id FROM escalation_advice) adv ON adv.request_id = r.id
      WHERE r.kind IN ('ESCALATION', 'DEFLECTED') AND r.service_id IS NOT NULL
        AND r.created_at >= ? AND r.created_at < ?
      GROUP BY r.partner_id, r.service_id, r.category
      """;

  private static final ZoneId BEIJING = com.vianet.partnersupport.core.clock.Beijing.ZONE;

  private WeeklyAggregates() {}

  /** Replaces the figures of the ISO week that holds {@code day}; the rows written. */
  public static int replaceWeek(Connection connection, LocalDate day, Instant computedAt)
      throws SQLException {
    LocalDate monday = day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    String label =
        String.format(
            "%d-W%02d",
            day.get(IsoFields.WEEK_BASED_YEAR), day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    try (PreparedStatement delete = connection.prepareStatement(DELETE_WEEK);
        PreparedStatement insert = connection.prepareStatement(INSERT_WEEK)) {
      delete.setString(1, label);
      delete.executeUpdate();
      insert.setString(1, label);
      insert.setTimestamp(2, Timestamp.from(computedAt));
      insert.setTimestamp(3, Timestamp.from(monday.atStartOfDay(BEIJING).toInstant()));
      insert.setTimestamp(4, Timestamp.from(monday.plusWeeks(1).atStartOfDay(BEIJING).toInstant()));
      return insert.executeUpdate();
    }
  }
}
