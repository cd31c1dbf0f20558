package com.vianet.partnersupport.core.review;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The rules measured against people's decisions, per ISO week (Beijing) of the escalations'
 * creation: for each rule and version, how many of its flags were judged inappropriate, appropriate
 * or not judged, and how many escalations judged inappropriate no rule flagged. The decision that
 * counts is the effective one (view {@code escalation_effective_verdict}: a compliance reviewer's
 * over an agent's). {@code agent-verdict} mirrors the verdicts and is left out.
 */
public final class RuleQuality {

  /** One rule version's figures in one week. */
  public record Row(
      String isoWeek,
      String ruleId,
      int ruleVersion,
      long flagged,
      long inappropriate,
      long appropriate) {

    public long notJudged() {
      return flagged - inappropriate - appropriate;
    }

    /** Share of judged flags that were right; null before anything was judged. */
    public Double precision() {
      long judged = inappropriate + appropriate;
      return judged == 0 ? null : (double) inappropriate / judged;
    }
  }

  /** A week's rows and the escalations judged inappropriate that no rule flagged. */
  public record Week(String isoWeek, List<Row> rows, long missed) {}

  /** A rule version over the whole period, and whether its precision calls for a review. */
  public record Summary(
      String ruleId,
      int ruleVersion,
      long flagged,
      long inappropriate,
      long appropriate,
      boolean forReview) {

    public Double precision() {
      long judged = inappropriate + appropriate;
      return judged == 0 ? null : (double) inappropriate / judged;
    }
  }

  private static final ZoneId BEIJING = com.vianet.partnersupport.core.clock.Beijing.ZONE;

  private static final String FLAGS =
      """
      SELECT f.rule_id, f.rule_version, COUNT(DISTINCT f.request_id),
          COUNT(DISTINCT CASE WHEN e.verdict = 'INAPPROPRIATE' THEN f.request_id END),
          COUNT(DISTINCT CASE WHEN e.verdict = 'APPROPRIATE' THEN f.request_id END)
      FROM escalation_flag f JOIN support_request r ON r.id = f.request_id
      LEFT JOIN escalation_effective_verdict e ON e.request_id = f.request_id
      WHERE r.created_at >= ? AND r.created_at < ? AND f.rule_id <> 'agent-verdict'
      GROUP BY f.rule_id, f.rule_version ORDER BY f.rule_id, f.rule_version
      """;

  private static final String MISSED =
      """
      SELECT COUNT(*) FROM support_request r JOIN escalation_effective_verdict e ON e.request_id = r.id
      WHERE r.kind = 'ESCALATION' AND r.created_at >= ? AND r.created_at < ? AND e.verdict = 'INAPPROPRIATE'
        AND NOT EXISTS (SELECT 1 FROM escalation_flag f WHERE f.request_id = r.id AND f.rule_id <> 'agent-verdict')
      """;

  private RuleQuality() {}

  /** The {@code weeks} ISO weeks up to the one holding {@code day}, oldest first. */
  public static List<Week> weeks(Connection connection, LocalDate day, int weeks)
      throws SQLException {
    List<Week> result = new ArrayList<>();
    LocalDate monday = day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    try (PreparedStatement flags = connection.prepareStatement(FLAGS);
        PreparedStatement missed = connection.prepareStatement(MISSED)) {
      for (int i = weeks - 1; i >= 0; i--) {
        LocalDate start = monday.minusWeeks(i);
        String label = label(start);
        Timestamp from = Timestamp.from(start.atStartOfDay(BEIJING).toInstant());
        Timestamp until = Timestamp.from(start.plusWeeks(1).atStartOfDay(BEIJING).toInstant());
        List<Row> rows = new ArrayList<>();
        flags.setTimestamp(1, from);
        flags.setTimestamp(2, until);
        try (ResultSet rs = flags.executeQuery()) {
          while (rs.next()) {
            rows.add(
                new Row(
                    label,
                    rs.getString(1),
                    rs.getInt(2),
                    rs.getLong(3),
                    rs.getLong(4),
                    rs.getLong(5)));
          }
        }
        missed.setTimestamp(1, from);
        missed.setTimestamp(2, until);
        try (ResultSet rs = missed.executeQuery()) {
          rs.next();
          result.add(new Week(label, List.copyOf(rows), rs.getLong(1)));
        }
      }
    }
    return result;
  }

  /**
   * Each rule version over the weeks; marked for review when at least {@code minJudged} of its
   * flags were judged and the share judged inappropriate is under {@code minPrecision}.
   */
  public static List<Summary> summarise(List<Week> weeks, double minPrecision, long minJudged) {
    Map<String, long[]> totals = new LinkedHashMap<>();
    weeks.stream()
        .flatMap(w -> w.rows().stream())
        .sorted(java.util.Comparator.comparing(Row::ruleId).thenComparing(Row::ruleVersion))
        .forEach(
            r -> {
              long[] t =
                  totals.computeIfAbsent(r.ruleId() + " " + r.ruleVersion(), k -> new long[3]);
              t[0] += r.flagged();
              t[1] += r.inappropriate();
              t[2] += r.appropriate();
            });
    List<Summary> summaries = new ArrayList<>();
    totals.forEach(
        (key, t) -> {
          String[] idAndVersion = key.split(" ");
          long judged = t[1] + t[2];
          boolean forReview = judged >= minJudged && (double) t[1] / judged < minPrecision;
          summaries.add(
              new Summary(
                  idAndVersion[0], Integer.parseInt(idAndVersion[1]), t[0], t[1], t[2], forReview));
        });
    return summaries;
  }

  /** As above, with the thresholds of {@code rule-quality} as stored (defaults 0.6 and 5). */
  public static List<Summary> summarise(Connection connection, List<Week> weeks)
      throws SQLException {
    return summarise(
        weeks, minPrecision(connection), (long) threshold(connection, "min-judged", 5));
  }

  /** The precision under which a rule is marked for review. */
  public static double minPrecision(Connection connection) throws SQLException {
    return threshold(connection, "min-precision", 0.6);
  }

  private static double threshold(Connection connection, String name, double otherwise)
      throws SQLException {
    try (PreparedStatement query =
        connection.prepareStatement(
            "SELECT threshold_value FROM review_threshold WHERE rule_id = 'rule-quality'"
                + " AND name = ?")) {
      query.setString(1, name);
      try (ResultSet rs = query.executeQuery()) {
        return rs.next() ? rs.getDouble(1) : otherwise;
      }
    }
  }

  static String label(LocalDate day) {
    return String.format(
        "%d-W%02d", day.get(IsoFields.WEEK_BASED_YEAR), day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
  }
}
