package com.vianet.partnersupport.batch.review.rules;

import java.util.Map;

/**
 * A rule's version and thresholds as stored in {@code review_rule} and {@code review_threshold}.
 */
public record RuleSettings(
    String ruleId, int version, boolean enabled, Map<String, Double> thresholds) {

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
