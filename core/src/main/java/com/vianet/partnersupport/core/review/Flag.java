package com.vianet.partnersupport.core.review;

/** A rule that fired on an escalation: which rule and version, how strongly, and why. */
public record Flag(long requestId, String ruleId, int ruleVersion, double score, String reason) {}
