package com.vianet.partnersupport.reports;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;

/** An ISO week ("2026-W48") in Beijing time, where 21Vianet's business days begin and end. */
public record IsoWeek(String label, Instant start, Instant end) {

  public static final ZoneId BEIJING = com.vianet.partnersupport.core.clock.Beijing.ZONE;

  public static IsoWeek of(LocalDate day) {
    LocalDate monday = day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    String label =
        String.format(
            "%d-W%02d",
            day.get(IsoFields.WEEK_BASED_YEAR), day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    return new IsoWeek(
        label,
        monday.atStartOfDay(BEIJING).toInstant(),
        monday.plusWeeks(1).atStartOfDay(BEIJING).toInstant());
  }

  public IsoWeek previous() {
    return of(LocalDate.ofInstant(start, BEIJING).minusDays(1));
  }
}
