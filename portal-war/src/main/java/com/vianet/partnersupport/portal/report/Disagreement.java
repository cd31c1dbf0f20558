package com.vianet.partnersupport.portal.report;

import java.io.Serializable;
import java.time.OffsetDateTime;

/** An escalation where a compliance reviewer decided otherwise than the agent's verdict. */
public record Disagreement(
    String number, String partner, String agentVerdict, String decision, OffsetDateTime decidedAt)
    implements Serializable {}
