package com.vianet.partnersupport.portal.signin;

import com.vianet.partnersupport.core.user.SignInOutcome;
import java.io.Serializable;
import java.time.OffsetDateTime;

/** One line of the sign-in audit as the administrators' page shows it. */
public record SignInRecord(
    OffsetDateTime occurredAt,
    String username,
    String clientAddress,
    SignInAudit.Channel channel,
    SignInOutcome outcome)
    implements Serializable {}
