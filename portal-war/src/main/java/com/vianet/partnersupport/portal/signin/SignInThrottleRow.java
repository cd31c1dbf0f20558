package com.vianet.partnersupport.portal.signin;

import com.vianet.partnersupport.core.user.SignInThrottle;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** {@link SignInThrottle} as stored per typed user name (lower case). */
@Entity
@Table(name = "sign_in_throttle")
public class SignInThrottleRow {

  @Id
  @Column(name = "username_key", length = 100)
  private String usernameKey;

  @Column(nullable = false)
  private int failures;

  @Column(name = "next_attempt_at")
  private OffsetDateTime nextAttemptAt;

  @Column(name = "locked_until")
  private OffsetDateTime lockedUntil;

  protected SignInThrottleRow() {}

  SignInThrottleRow(String usernameKey) {
    this.usernameKey = usernameKey;
  }

  SignInThrottle state() {
    return new SignInThrottle(failures, instant(nextAttemptAt), instant(lockedUntil));
  }

  void set(SignInThrottle state) {
    failures = state.failures();
    nextAttemptAt = time(state.nextAttemptAt());
    lockedUntil = time(state.lockedUntil());
  }

  private static Instant instant(OffsetDateTime time) {
    return time == null ? null : time.toInstant();
  }

  private static OffsetDateTime time(Instant instant) {
    return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
  }
}
