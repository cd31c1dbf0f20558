package com.vianet.partnersupport.core.clock;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.vianet.partnersupport.core.request.Severity;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TargetClockTest {

  private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
  private static final BusinessCalendar CALENDAR =
      new BusinessCalendar(
          BEIJING, 9 * 60, 1440, EnumSet.allOf(DayOfWeek.class), Set.of(LocalDate.of(2026, 10, 1)));
  private static final ResponseTarget CRITICAL =
      new ResponseTarget(Severity.CRITICAL, 120, 1440, false);
  private static final ResponseTarget MODERATE =
      new ResponseTarget(Severity.MODERATE, 240, 2700, true);
  private static final TargetClock CLOCK = new TargetClock(CALENDAR, 75);

  private static Instant beijing(String localDateTime) {
    return LocalDateTime.parse(localDateTime).atZone(BEIJING).toInstant();
  }

  @Test
  void businessMinutesSkipTheNightAndHolidays() {
    assertEquals(
        60, CALENDAR.minutesBetween(beijing("2026-09-29T23:00"), beijing("2026-09-30T09:00")));
    // 30 Sept 23:00 → 2 Oct 10:00: one hour on the 30th, the 1st is a holiday, one hour on the 2nd
    assertEquals(
        120, CALENDAR.minutesBetween(beijing("2026-09-30T23:00"), beijing("2026-10-02T10:00")));
    assertEquals(
        0, CALENDAR.minutesBetween(beijing("2026-10-02T10:00"), beijing("2026-10-02T09:00")));
  }

  @Test
  void aRunningTargetFallsDueAfterItsRemainingBusinessMinutesSkippingNightsAndHolidays() {
    Instant submitted = beijing("2026-09-30T22:00");
    Instant now = beijing("2026-09-30T23:00");
    ClockReading reading = CLOCK.firstResponse(MODERATE, submitted, null, List.of(), now);
    assertEquals(180, reading.getRemainingMinutes());
    // one hour to midnight, the 1st is a holiday, two hours from 09:00 on the 2nd
    assertEquals(beijing("2026-10-02T11:00"), CLOCK.dueAt(MODERATE, reading, now));
    assertEquals(beijing("2026-10-02T09:00"), CALENDAR.plusMinutes(beijing("2026-10-01T12:00"), 0));
  }

  @Test
  void aRoundTheClockTargetFallsDueOnTheWallClockAndAnOverdueOneInThePast() {
    Instant submitted = beijing("2026-11-20T02:00");
    ClockReading running =
        CLOCK.firstResponse(CRITICAL, submitted, null, List.of(), beijing("2026-11-20T03:00"));
    assertEquals(
        beijing("2026-11-20T04:00"), CLOCK.dueAt(CRITICAL, running, beijing("2026-11-20T03:00")));
    ClockReading overdue =
        CLOCK.firstResponse(CRITICAL, submitted, null, List.of(), beijing("2026-11-20T05:00"));
    assertEquals(
        beijing("2026-11-20T04:00"), CLOCK.dueAt(CRITICAL, overdue, beijing("2026-11-20T05:00")));
    ClockReading met =
        CLOCK.firstResponse(
            CRITICAL,
            submitted,
            beijing("2026-11-20T02:30"),
            List.of(),
            beijing("2026-11-20T05:00"));
    assertEquals(null, CLOCK.dueAt(CRITICAL, met, beijing("2026-11-20T05:00")));
  }

  @Test
  void criticalCountsRoundTheClockAndWarnsAtThreeQuarters() {
    Instant submitted = beijing("2026-11-20T02:00");
    assertEquals(
        ClockState.RUNNING,
        CLOCK
            .firstResponse(CRITICAL, submitted, null, List.of(), beijing("2026-11-20T03:29"))
            .state());
    assertEquals(
        ClockState.WARNING,
        CLOCK
            .firstResponse(CRITICAL, submitted, null, List.of(), beijing("2026-11-20T03:30"))
            .state());
    assertEquals(
        ClockState.OVERDUE,
        CLOCK
            .firstResponse(CRITICAL, submitted, null, List.of(), beijing("2026-11-20T04:01"))
            .state());
  }

  @Test
  void moderateSubmittedAtNightStartsCountingAtNine() {
    Instant submitted = beijing("2026-11-20T02:00");
    ClockReading reading =
        CLOCK.firstResponse(MODERATE, submitted, null, List.of(), beijing("2026-11-20T10:00"));
    assertEquals(60, reading.elapsedMinutes());
    assertEquals(ClockState.RUNNING, reading.state());
  }

  @Test
  void waitingForThePartnerStopsTheClock() {
    Instant submitted = beijing("2026-11-20T10:00");
    List<TargetClock.Pause> pauses =
        List.of(new TargetClock.Pause(beijing("2026-11-20T11:00"), beijing("2026-11-20T15:00")));
    ClockReading reading =
        CLOCK.resolution(MODERATE, submitted, null, pauses, beijing("2026-11-20T16:00"));
    assertEquals(120, reading.elapsedMinutes());
    ClockReading stillWaiting =
        CLOCK.resolution(
            MODERATE,
            submitted,
            null,
            List.of(new TargetClock.Pause(beijing("2026-11-20T11:00"), null)),
            beijing("2026-11-21T16:00"));
    assertEquals(60, stillWaiting.elapsedMinutes());
  }

  @Test
  void aStoppedClockIsMetOrMissed() {
    Instant submitted = beijing("2026-11-20T10:00");
    assertEquals(
        ClockState.MET,
        CLOCK
            .firstResponse(
                MODERATE,
                submitted,
                beijing("2026-11-20T14:00"),
                List.of(),
                beijing("2026-11-25T10:00"))
            .state());
    assertEquals(
        ClockState.MISSED,
        CLOCK
            .firstResponse(
                MODERATE,
                submitted,
                beijing("2026-11-20T14:01"),
                List.of(),
                beijing("2026-11-25T10:00"))
            .state());
  }
}
