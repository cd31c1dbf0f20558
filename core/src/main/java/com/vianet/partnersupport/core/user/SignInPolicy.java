package com.vianet.partnersupport.core.user;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Slow down, then lock (table {@code sign_in_policy}): after {@code slowAfter} consecutive failures
 * of a name each further attempt waits 1, 2, 4… seconds; the {@code lockAfter}-th failure locks the
 * name for {@code lockFor}; an address with {@code addressMaxFailures} failures within {@code
 * addressWindow} is refused until they age out. A refused attempt is not checked at all, so even
 * the right password does not get in.
 */
public record SignInPolicy(
    int slowAfter,
    int lockAfter,
    Duration lockFor,
    int addressMaxFailures,
    Duration addressWindow) {

  private static final int LONGEST_WAIT_SECONDS = 300;

  /** Why this attempt is refused before its password is checked, if it is. */
  public Optional<SignInOutcome> refusal(SignInThrottle name, long addressFailures, Instant now) {
    if (addressFailures >= addressMaxFailures) {
      return Optional.of(SignInOutcome.ADDRESS_BLOCKED);
    }
    if (name.lockedUntil() != null && now.isBefore(name.lockedUntil())) {
      return Optional.of(SignInOutcome.LOCKED);
    }
    if (name.nextAttemptAt() != null && now.isBefore(name.nextAttemptAt())) {
      return Optional.of(SignInOutcome.SLOWED);
    }
    return Optional.empty();
  }

  /** The name's state after one more failed check at {@code now}. */
  public SignInThrottle afterFailure(SignInThrottle name, Instant now) {
    boolean lockOver = name.lockedUntil() != null && !now.isBefore(name.lockedUntil());
    int failures = (lockOver ? 0 : name.failures()) + 1;
    if (failures >= lockAfter) {
      return new SignInThrottle(failures, null, now.plus(lockFor));
    }
    if (failures >= slowAfter) {
      long wait = Math.min(LONGEST_WAIT_SECONDS, 1L << Math.min(20, failures - slowAfter));
      return new SignInThrottle(failures, now.plusSeconds(wait), null);
    }
    return new SignInThrottle(failures, null, null);
  }

  /** Minutes until a refused name or address may try again, rounded up, at least one. */
  public long minutesToWait(SignInOutcome refusal, SignInThrottle name, Instant now) {
    Instant until =
        switch (refusal) {
          case LOCKED -> name.lockedUntil();
          case SLOWED -> name.nextAttemptAt();
          default -> now.plus(addressWindow);
        };
    return Math.max(1, (Duration.between(now, until).getSeconds() + 59) / 60);
  }
}
