package com.vianet.partnersupport.core.review;

import java.util.Optional;

/** One explainable check of an escalation; its thresholds come from the database. */
public interface EscalationRule {

  String id();

  Optional<Flag> apply(EscalationFacts facts, RuleSettings settings);
}
