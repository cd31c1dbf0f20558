package com.vianet.partnersupport.portal.account;

import com.vianet.partnersupport.core.user.AccountEventKind;
import java.io.Serializable;
import java.time.OffsetDateTime;

/** One line of an administration page's history: who did what to whom, when. */
public record AccountHistoryRow(
    OffsetDateTime occurredAt, String actor, String user, AccountEventKind kind, String detail)
    implements Serializable {}
