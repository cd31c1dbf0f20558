package com.vianet.partnersupport.portal.operations;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Optional;
import java.util.Set;

/** How last night's review stands, from its newest run's status and the clock. */
public enum NightlyReviewState {
  /** Yesterday's date completed. */
  COMPLETED,
  /** Not completed yet, and the deadline has not passed. */
  NOT_DUE,
  /** The newest run of yesterday's date failed: operators should look now. */
  FAILED,
  /** The deadline passed without a completed run. */
  LATE;

  private static final Set<String> FAILURES = Set.of("FAILED", "ABANDONED", "UNKNOWN");

  /** The business date a review should have covered by now: yesterday, in the given zone. */
  public static LocalDate expectedDate(Instant now, ZoneId zone) {
    return LocalDate.ofInstant(now, zone).minusDays(1);
  }

  /**
   * @param status the newest run's status of {@link #expectedDate} (Spring Batch's names)
   * @param deadline the time of day, in {@code zone}, by which the review should have completed
   */
  public static NightlyReviewState of(
      Optional<String> status, Instant now, LocalTime deadline, ZoneId zone) {
    if (status.filter("COMPLETED"::equals).isPresent()) {
      return COMPLETED;
    }
    if (status.filter(FAILURES::contains).isPresent()) {
      return FAILED;
    }
    LocalDate today = LocalDate.ofInstant(now, zone);
    return now.isBefore(today.atTime(deadline).atZone(zone).toInstant()) ? NOT_DUE : LATE;
  }

  /**
   * Seconds from the end of the last completed run to now; -1 when none completed. Spring Batch
   * records local times of the batch program's clock, expected to share this server's zone.
   */
  public static long secondsSince(Optional<LocalDateTime> lastCompletedEnd, Instant now) {
    return lastCompletedEnd
        .map(
            end ->
                Math.max(
                    0, now.getEpochSecond() - end.atZone(ZoneId.systemDefault()).toEpochSecond()))
        .orElse(-1L);
  }

  public boolean needsOperators() {
    return this == FAILED || this == LATE;
  }
}
