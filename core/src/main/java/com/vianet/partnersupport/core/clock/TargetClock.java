package com.vianet.partnersupport.core.clock;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Reads a request's clocks against its response targets. Time spent waiting for the partner does
 * not count; business-hours targets count only the calendar's open minutes.
 */
public final class TargetClock {

  /** A stretch of time the clock stood still: the request waited for the partner. */
  public record Pause(Instant from, Instant to) {}

  private final BusinessCalendar calendar;
  private final int warningPercent;

  public TargetClock(BusinessCalendar calendar, int warningPercent) {
    this.calendar = calendar;
    this.warningPercent = warningPercent;
  }

  /**
   * @param start when the clock started (the request was submitted)
   * @param stop when the target was reached (first contact, resolution), or null while it runs
   * @param pauses the request's waits for the partner; an open one ends at {@code now}
   */
  public ClockReading read(
      ResponseTarget target,
      long targetMinutes,
      Instant start,
      Instant stop,
      List<Pause> pauses,
      Instant now) {
    Instant end = stop == null ? now : stop;
    long elapsed = minutes(target, start, end);
    for (Pause pause : pauses) {
      Instant from = pause.from().isBefore(start) ? start : pause.from();
      Instant to = pause.to() == null || pause.to().isAfter(end) ? end : pause.to();
      elapsed -= minutes(target, from, to);
    }
    elapsed = Math.max(0, elapsed);
    ClockState state;
    if (stop != null) {
      state = elapsed <= targetMinutes ? ClockState.MET : ClockState.MISSED;
    } else if (elapsed > targetMinutes) {
      state = ClockState.OVERDUE;
    } else if (elapsed * 100 >= targetMinutes * warningPercent) {
      state = ClockState.WARNING;
    } else {
      state = ClockState.RUNNING;
    }
    return new ClockReading(elapsed, targetMinutes, state);
  }

  /**
   * When a clock read at {@code now} reaches its target: null once the target was met or missed.
   * For a target already overdue, the instant that many minutes ago (counted on the wall clock):
   * the queue orders by it, the clock's own reading says by how much.
   */
  public Instant dueAt(ResponseTarget target, ClockReading reading, Instant now) {
    if (reading.state() == ClockState.MET || reading.state() == ClockState.MISSED) {
      return null;
    }
    long remaining = reading.getRemainingMinutes();
    if (remaining < 0) {
      return now.minus(Duration.ofMinutes(-remaining));
    }
    return target.businessHoursOnly()
        ? calendar.plusMinutes(now, remaining)
        : now.plus(Duration.ofMinutes(remaining));
  }

  public ClockReading firstResponse(
      ResponseTarget target, Instant start, Instant firstContact, List<Pause> pauses, Instant now) {
    return read(target, target.firstResponseMinutes(), start, firstContact, pauses, now);
  }

  public ClockReading resolution(
      ResponseTarget target, Instant start, Instant resolved, List<Pause> pauses, Instant now) {
    return read(target, target.resolutionMinutes(), start, resolved, pauses, now);
  }

  private long minutes(ResponseTarget target, Instant from, Instant to) {
    if (!to.isAfter(from)) {
      return 0;
    }
    return target.businessHoursOnly()
        ? calendar.minutesBetween(from, to)
        : Duration.between(from, to).toMinutes();
  }
}
