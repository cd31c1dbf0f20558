package com.vianet.partnersupport.core.user;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SignInPolicyTest {

  private static final SignInPolicy POLICY =
      new SignInPolicy(2, 5, Duration.ofMinutes(15), 100, Duration.ofMinutes(15));
  private static final Instant T0 = Instant.parse("2026-11-30T02:00:00Z");

  @Test
  void slowsDownAfterTwoFailuresAndDoublesTheWait() {
    SignInThrottle one = POLICY.afterFailure(SignInThrottle.NONE, T0);
    assertThat(one.nextAttemptAt()).isNull();
    assertThat(POLICY.refusal(one, 0, T0)).isEmpty();

    SignInThrottle two = POLICY.afterFailure(one, T0);
    assertThat(two.nextAttemptAt()).isEqualTo(T0.plusSeconds(1));
    assertThat(POLICY.refusal(two, 0, T0.plusMillis(999))).contains(SignInOutcome.SLOWED);
    assertThat(POLICY.refusal(two, 0, T0.plusSeconds(1))).isEmpty();

    SignInThrottle three = POLICY.afterFailure(two, T0.plusSeconds(1));
    assertThat(three.nextAttemptAt()).isEqualTo(T0.plusSeconds(1 + 2));
  }

  @Test
  void locksTheNameAtTheFifthFailureEvenForTheRightPassword() {
    SignInThrottle state = SignInThrottle.NONE;
    for (int i = 0; i < 5; i++) {
      state = POLICY.afterFailure(state, T0);
    }
    assertThat(state.lockedUntil()).isEqualTo(T0.plus(Duration.ofMinutes(15)));
    assertThat(POLICY.refusal(state, 0, T0.plusSeconds(899))).contains(SignInOutcome.LOCKED);
    assertThat(POLICY.minutesToWait(SignInOutcome.LOCKED, state, T0.plusSeconds(60))).isEqualTo(14);
    assertThat(POLICY.refusal(state, 0, T0.plusSeconds(900))).isEmpty();
    // After the lock has run out, counting starts again.
    assertThat(POLICY.afterFailure(state, T0.plusSeconds(900)).failures()).isEqualTo(1);
  }

  @Test
  void blocksAnAddressWithTooManyFailuresWhateverTheName() {
    assertThat(POLICY.refusal(SignInThrottle.NONE, 99, T0)).isEmpty();
    assertThat(POLICY.refusal(SignInThrottle.NONE, 100, T0))
        .contains(SignInOutcome.ADDRESS_BLOCKED);
  }
}
