package com.vianet.partnersupport.portal.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class NightlyReviewStateTest {

  private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
  private static final LocalTime SIX = LocalTime.of(6, 0);
  // 05:59 and 06:01 in Beijing on 1 December 2026 are 21:59 and 22:01 UTC the day before.
  private static final Instant BEFORE = Instant.parse("2026-11-30T21:59:00Z");
  private static final Instant AFTER = Instant.parse("2026-11-30T22:01:00Z");

  @Test
  void theExpectedDateIsYesterdayInBeijingNotInUtc() {
    assertThat(NightlyReviewState.expectedDate(AFTER, BEIJING))
        .isEqualTo(LocalDate.of(2026, 11, 30));
  }

  @Test
  void aReviewNotYetCompletedIsLateOnlyAfterTheDeadlineInBeijing() {
    assertThat(NightlyReviewState.of(Optional.empty(), BEFORE, SIX, BEIJING))
        .isEqualTo(NightlyReviewState.NOT_DUE);
    assertThat(NightlyReviewState.of(Optional.of("STARTED"), BEFORE, SIX, BEIJING))
        .isEqualTo(NightlyReviewState.NOT_DUE);
    assertThat(NightlyReviewState.of(Optional.empty(), AFTER, SIX, BEIJING))
        .isEqualTo(NightlyReviewState.LATE);
    assertThat(NightlyReviewState.of(Optional.of("STOPPED"), AFTER, SIX, BEIJING))
        .isEqualTo(NightlyReviewState.LATE);
  }

  @Test
  void aFailedRunNeedsOperatorsAtOnceAndACompletedOneNever() {
    assertThat(NightlyReviewState.of(Optional.of("FAILED"), BEFORE, SIX, BEIJING))
        .isEqualTo(NightlyReviewState.FAILED);
    assertThat(NightlyReviewState.of(Optional.of("COMPLETED"), AFTER, SIX, BEIJING))
        .isEqualTo(NightlyReviewState.COMPLETED);
    assertThat(NightlyReviewState.FAILED.needsOperators()).isTrue();
    assertThat(NightlyReviewState.LATE.needsOperators()).isTrue();
    assertThat(NightlyReviewState.NOT_DUE.needsOperators()).isFalse();
  }
}
