package com.vianet.partnersupport.core.review;

import java.util.Map;

/**
 * A rule's version, thresholds and word lists as stored in {@code review_rule}, {@code
 * review_threshold} and {@code review_empty_phrase} (the phrases of the rule's current version).
 */
public record RuleSettings(
    String ruleId,
    int version,
    boolean enabled,
    Map<String, Double> thresholds,
    java.util.List<String> emptyPhrases) {

  public RuleSettings(String ruleId, int version, boolean enabled, Map<String, Double> thresholds) {
    this(ruleId, version, enabled, thresholds, java.util.List.of());
  }

  public double threshold(String name) {
    Double value = thresholds.get(name);
    if (value == null) {
      throw new IllegalStateException(
          "Rule " + ruleId + " has no threshold '" + name + "' in review_threshold");
    }
    return value;
  }

  public Flag flag(EscalationFacts facts, String reason) {
    return new Flag(facts.requestId(), ruleId, version, threshold("score"), reason);
  }
}
