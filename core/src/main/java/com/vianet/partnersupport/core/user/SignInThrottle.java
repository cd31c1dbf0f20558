package com.vianet.partnersupport.core.user;

import java.time.Instant;

/**
 * The consecutive failures of one typed user name, and until when its next attempt waits or the
 * name stays locked. Kept per name whether or not a user has it, so the answer tells nothing.
 */
public record SignInThrottle(int failures, Instant nextAttemptAt, Instant lockedUntil) {

  public static final SignInThrottle NONE = new SignInThrottle(0, null, null);
}
