package com.vianet.partnersupport.portal.escalation;

import java.io.Serializable;
import java.time.OffsetDateTime;

/** An open contest as the compliance reviewer's list shows it. */
public record ContestRow(
    long requestId,
    String number,
    String partner,
    String reason,
    OffsetDateTime contestedAt,
    int version)
    implements Serializable {}
