package com.vianet.partnersupport.reports;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Reads a week's report rows from the product's database with plain JDBC, for the nightly job and
 * for the portal's on-demand generation alike.
 */
public final class JdbcReportSource {

  private static final String WEEK_FIGURES =
      """
      SELECT COUNT(*),
          SUM(CASE WHEN r.kind = 'ESCALATION' THEN 1 ELSE 0 END),
          SUM(CASE WHEN r.kind = 'DEFLECTED' THEN 1 ELSE 0 END),
          SUM(CASE WHEN r.kind = 'ESCALATION' AND v.verdict = 'INAPPROPRIATE' THEN 1 ELSE 0 END),
          SUM(CASE WHEN r.kind = 'ESCALATION' AND r.first_contact_at IS NOT NULL
                AND (EXTRACT(EPOCH FROM r.first_contact_at) - EXTRACT(EPOCH FROM r.created_at)) / 3600.0 > t.threshold_value
              THEN 1 ELSE 0 END),
          SUM(CASE WHEN r.kind = 'ESCALATION' AND adv.request_id IS NOT NULL THEN 1 ELSE 0 END),
          SUM(CASE WHEN r.kind = 'DEFLECTED' AND adv.request_id IS NOT NULL THEN 1 ELSE 0 END)
      FROM support_request r LEFT JOIN escalation_effective_verdict v ON v.request_id = r.id
      LEFT JOIN (SELECT DISTINCT request_id FROM escalation_advice) adv ON adv.request_id = r.id
      -- A join, not a subquery per row: one target per severity (the key is rule and name).
      LEFT JOIN review_threshold t ON t.rule_id = 'response-target' AND t.name = r.severity
      WHERE r.created_at >= ? AND r.created_at < ?
      """;
  private static final String OPEN_PLANS =
      "SELECT COUNT(*) FROM remediation_plan WHERE created_at < ? AND (closed_at IS NULL OR"
          + " closed_at >= ?)";
  private static final String AGGREGATES =
      """
      SELECT p.name, s.name, a.category, a.iso_week, a.escalations, a.appropriate, a.inappropriate, a.unreviewed,
          a.deflected, a.first_contact_p50_hours, a.first_contact_p90_hours, a.resolution_p50_hours, a.resolution_p90_hours
      FROM escalation_weekly_aggregate a JOIN partner p ON p.id = a.partner_id JOIN cloud_service s ON s.id = a.service_id
      WHERE a.iso_week = ? ORDER BY p.name, p.code, s.name, a.category
      """;
  private static final String FLAGS =
      """
      SELECT r.request_number, p.name, c.name, s.name, r.category, r.created_at, r.resolved_at, f.rule_id, f.rule_version,
          f.reason, f.score, v.verdict
      FROM escalation_flag f JOIN support_request r ON r.id = f.request_id JOIN partner p ON p.id = r.partner_id
      LEFT JOIN customer c ON c.id = r.customer_id LEFT JOIN cloud_service s ON s.id = r.service_id
      LEFT JOIN escalation_effective_verdict v ON v.request_id = r.id
      WHERE f.business_date >= ? AND f.business_date < ?
      ORDER BY r.request_number, f.rule_id
      """;
  private static final String PLANS =
      """
      SELECT p.code, p.name, pl.status, a.description, a.owner_name, a.due_on, a.done_at
      FROM remediation_plan pl JOIN partner p ON p.id = pl.partner_id LEFT JOIN remediation_action a ON a.plan_id = pl.id
      WHERE pl.status <> 'COMPLETED' ORDER BY p.name, p.code, a.due_on, a.description, a.owner_name
      """;
  private static final String WITHOUT_24X7 =
      """
      SELECT p.name FROM partner p LEFT JOIN partner_support_profile sp ON sp.partner_id = p.id
      WHERE sp.partner_id IS NULL OR sp.available_24x7 = FALSE ORDER BY p.name, p.code
      """;

  private final Connection connection;

  public JdbcReportSource(Connection connection) {
    this.connection = connection;
  }

  /** The report week and up to 12 weeks before it, oldest first. */
  public List<WeeklyFigures> weeks(IsoWeek week) throws SQLException {
    List<IsoWeek> weeks = new ArrayList<>();
    IsoWeek w = week;
    for (int i = 0; i < 13; i++) {
      weeks.add(0, w);
      w = w.previous();
    }
    List<WeeklyFigures> figures = new ArrayList<>();
    for (IsoWeek each : weeks) {
      long[] f = longs(WEEK_FIGURES, 7, Timestamp.from(each.start()), Timestamp.from(each.end()));
      long plans = longs(OPEN_PLANS, 1, Timestamp.from(each.end()), Timestamp.from(each.end()))[0];
      figures.add(new WeeklyFigures(each.label(), f[0], f[1], f[2], f[3], f[4], plans, f[5], f[6]));
    }
    return figures;
  }

  /** The rules against people's decisions, in the 12 weeks up to the day's. */
  public List<com.vianet.partnersupport.core.review.RuleQuality.Week> ruleQuality(
      java.time.LocalDate day) throws SQLException {
    return com.vianet.partnersupport.core.review.RuleQuality.weeks(connection, day, 12);
  }

  /** Each rule version over those weeks, marked for review by the thresholds of rule-quality. */
  public List<com.vianet.partnersupport.core.review.RuleQuality.Summary> qualitySummary(
      List<com.vianet.partnersupport.core.review.RuleQuality.Week> weeks) throws SQLException {
    return com.vianet.partnersupport.core.review.RuleQuality.summarise(connection, weeks);
  }

  public List<EscalationAggregate> aggregates(IsoWeek week) throws SQLException {
    List<EscalationAggregate> rows = new ArrayList<>();
    try (PreparedStatement ps = connection.prepareStatement(AGGREGATES)) {
      ps.setString(1, week.label());
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          rows.add(
              new EscalationAggregate(
                  rs.getString(1),
                  rs.getString(2),
                  rs.getString(3),
                  rs.getString(4),
                  rs.getLong(5),
                  rs.getLong(6),
                  rs.getLong(7),
                  rs.getLong(8),
                  rs.getLong(9),
                  nan(rs, 10),
                  nan(rs, 11),
                  nan(rs, 12),
                  nan(rs, 13),
                  0));
        }
      }
    }
    return rows;
  }

  /**
   * Streams the week's flagged escalations, one row per escalation with all its rules, to the
   * consumer.
   */
  public void flagged(IsoWeek week, String portalUrl, Consumer<FlaggedEscalation> consumer)
      throws SQLException {
    try (PreparedStatement ps = connection.prepareStatement(FLAGS)) {
      ps.setFetchSize(5_000);
      ps.setObject(1, java.time.LocalDate.ofInstant(week.start(), IsoWeek.BEIJING));
      ps.setObject(2, java.time.LocalDate.ofInstant(week.end(), IsoWeek.BEIJING));
      try (ResultSet rs = ps.executeQuery()) {
        FlagRowMerger merger = new FlagRowMerger(portalUrl, consumer);
        while (rs.next()) {
          merger.add(rs);
        }
        merger.finish();
      }
    }
  }

  public List<RemediationPlanRow> openPlans() throws SQLException {
    List<RemediationPlanRow> rows = new ArrayList<>();
    try (PreparedStatement ps = connection.prepareStatement(PLANS);
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        java.sql.Date due = rs.getDate(6);
        rows.add(
            new RemediationPlanRow(
                rs.getString(1),
                rs.getString(2),
                rs.getString(3),
                rs.getString(4),
                rs.getString(5),
                due == null ? null : due.toLocalDate(),
                rs.getTimestamp(7) != null));
      }
    }
    return rows;
  }

  public List<String> partnersWithout24x7() throws SQLException {
    List<String> names = new ArrayList<>();
    try (PreparedStatement ps = connection.prepareStatement(WITHOUT_24X7);
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        names.add(rs.getString(1));
      }
    }
    return names;
  }

  private long[] longs(String sql, int columns, Object... parameters) throws SQLException {
    try (PreparedStatement ps = connection.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        ps.setObject(i + 1, parameters[i]);
      }
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        long[] values = new long[columns];
        for (int i = 0; i < columns; i++) {
          values[i] = rs.getLong(i + 1);
        }
        return values;
      }
    }
  }

  private static double nan(ResultSet rs, int column) throws SQLException {
    double value = rs.getDouble(column);
    return rs.wasNull() ? Double.NaN : value;
  }
}
