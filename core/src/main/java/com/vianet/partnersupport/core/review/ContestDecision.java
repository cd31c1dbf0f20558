package com.vianet.partnersupport.core.review;

/**
 * A compliance reviewer's decision on a contested "inappropriate" verdict. Overturned, the
 * escalation counts as appropriate in the remediation proposals, the rules and the figures (view
 * {@code escalation_effective_verdict}); the agent's verdict stays on record.
 */
public enum ContestDecision {
  UPHELD,
  OVERTURNED
}
