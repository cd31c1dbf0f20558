package com.vianet.partnersupport.batch.review;

import com.vianet.partnersupport.batch.review.rules.RuleSettings;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Loads the rules' versions and thresholds from {@code review_rule} and {@code review_threshold}.
 */
public final class RuleSettingsReader {

  private RuleSettingsReader() {}

  public static Map<String, RuleSettings> read(JdbcTemplate jdbc) {
    Map<String, Map<String, Double>> thresholds = new HashMap<>();
    jdbc.query(
        "SELECT rule_id, name, threshold_value FROM review_threshold",
        rs -> {
          thresholds
              .computeIfAbsent(rs.getString(1), k -> new HashMap<>())
              .put(rs.getString(2), rs.getDouble(3));
        });
    Map<String, RuleSettings> rules = new LinkedHashMap<>();
    jdbc.query(
        "SELECT rule_id, version, enabled FROM review_rule ORDER BY rule_id",
        rs -> {
          String id = rs.getString(1);
          rules.put(
              id,
              new RuleSettings(
                  id,
                  rs.getInt(2),
                  rs.getBoolean(3),
                  Map.copyOf(thresholds.getOrDefault(id, Map.of()))));
        });
    return rules;
  }
}
