package com.vianet.partnersupport.core.review;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the rules' current versions, thresholds and empty phrases ({@code review_rule}, {@code
 * review_threshold}, {@code review_empty_phrase}): the nightly job and the portal's advice use the
 * same settings.
 */
public final class RuleSettingsStore {

  private RuleSettingsStore() {}

  public static Map<String, RuleSettings> read(Connection connection) throws SQLException {
    Map<String, Map<String, Double>> thresholds = new HashMap<>();
    Map<String, List<String>> phrases = new HashMap<>();
    try (Statement statement = connection.createStatement()) {
      try (ResultSet rs =
          statement.executeQuery("SELECT rule_id, name, threshold_value FROM review_threshold")) {
        while (rs.next()) {
          thresholds
              .computeIfAbsent(rs.getString(1), k -> new HashMap<>())
              .put(rs.getString(2), rs.getDouble(3));
        }
      }
      try (ResultSet rs =
          statement.executeQuery(
              "SELECT p.rule_id, p.phrase FROM review_empty_phrase p JOIN review_rule r"
                  + " ON r.rule_id = p.rule_id AND r.version = p.rule_version"
                  + " ORDER BY p.rule_id, p.phrase")) {
        while (rs.next()) {
          phrases.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getString(2));
        }
      }
      Map<String, RuleSettings> rules = new LinkedHashMap<>();
      try (ResultSet rs =
          statement.executeQuery(
              "SELECT rule_id, version, enabled FROM review_rule ORDER BY rule_id")) {
        while (rs.next()) {
          String id = rs.getString(1);
          rules.put(
              id,
              new RuleSettings(
                  id,
                  rs.getInt(2),
                  rs.getBoolean(3),
                  Map.copyOf(thresholds.getOrDefault(id, Map.of())),
                  List.copyOf(phrases.getOrDefault(id, List.of()))));
        }
      }
      return rules;
    }
  }
}
