package com.vianet.partnersupport.portal.alert;

import java.io.Serializable;
import java.time.OffsetDateTime;

/** One alert as an agent's page shows it. */
public record AgentAlert(
    long id, AlertKind kind, long requestId, String number, String title, OffsetDateTime raisedAt)
    implements Serializable {}
