package com.vianet.partnersupport.portal.signin;

import java.io.Serializable;
import java.time.OffsetDateTime;

/** A typed user name that failed too often and is refused until a time, or until unlocked. */
public record LockedName(String usernameKey, int failures, OffsetDateTime lockedUntil)
    implements Serializable {}
