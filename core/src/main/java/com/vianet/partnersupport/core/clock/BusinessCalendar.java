package com.vianet.partnersupport.core.clock;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Objects;
import java.util.Set;

/**
 * When 21Vianet counts business time: daily opening hours in one time zone, on some days of the
 * week, never on holidays. Minutes of the day run from {@code opensMinute} to {@code closesMinute}
 * (1440 is midnight at the end of the day).
 */
public record BusinessCalendar(
    ZoneId zone,
    int opensMinute,
    int closesMinute,
    Set<DayOfWeek> openDays,
    Set<LocalDate> holidays) {

  public BusinessCalendar {
    Objects.requireNonNull(zone);
    if (opensMinute < 0 || closesMinute > 1440 || opensMinute >= closesMinute) {
      throw new IllegalArgumentException(
          "Opening hours must lie within one day: " + opensMinute + "–" + closesMinute);
    }
    openDays = Set.copyOf(openDays);
    holidays = Set.copyOf(holidays);
  }

  /** Business minutes between two instants; zero when {@code to} is not after {@code from}. */
  public long minutesBetween(Instant from, Instant to) {
    if (!to.isAfter(from)) {
      return 0;
    }
    long seconds = 0;
    LocalDate day = from.atZone(zone).toLocalDate();
    LocalDate last = to.atZone(zone).toLocalDate();
    for (; !day.isAfter(last); day = day.plusDays(1)) {
      if (!isOpen(day)) {
        continue;
      }
      Instant opens = at(day, opensMinute);
      Instant closes = at(day, closesMinute);
      Instant start = from.isAfter(opens) ? from : opens;
      Instant end = to.isBefore(closes) ? to : closes;
      if (end.isAfter(start)) {
        seconds += Duration.between(start, end).getSeconds();
      }
    }
    return seconds / 60;
  }

  /**
   * The instant a number of business minutes after {@code from}: when a running target falls due.
   * Zero minutes outside opening hours is the next opening.
   */
  public Instant plusMinutes(Instant from, long minutes) {
    long left = Math.max(0, minutes) * 60;
    LocalDate day = from.atZone(zone).toLocalDate();
    for (int days = 0; days < 3660; days++, day = day.plusDays(1)) {
      if (!isOpen(day)) {
        continue;
      }
      Instant opens = at(day, opensMinute);
      Instant closes = at(day, closesMinute);
      Instant start = from.isAfter(opens) ? from : opens;
      if (!closes.isAfter(start)) {
        continue;
      }
      long available = Duration.between(start, closes).getSeconds();
      if (left <= available) {
        return start.plusSeconds(left);
      }
      left -= available;
    }
    throw new IllegalStateException("No business time within ten years of " + from);
  }

  public boolean isOpen(LocalDate day) {
    return openDays.contains(day.getDayOfWeek()) && !holidays.contains(day);
  }

  private Instant at(LocalDate day, int minuteOfDay) {
    ZonedDateTime midnight = day.atStartOfDay(zone);
    return midnight.plusMinutes(minuteOfDay).toInstant();
  }
}
