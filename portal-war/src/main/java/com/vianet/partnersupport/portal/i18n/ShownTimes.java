package com.vianet.partnersupport.portal.i18n;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.Locale;

/**
 * Instants as a person reads them: in their zone, minutes precision, the zone named in their
 * language. The one place that turns a stored instant into shown text (pages, mails, tokens).
 */
public final class ShownTimes {

  /** 21Vianet works in Beijing time: the zone of anyone who has not chosen one. */
  public static final ZoneId DEFAULT_ZONE = com.vianet.partnersupport.core.clock.Beijing.ZONE;

  private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  private ShownTimes() {}

  /** The time in the zone; "" for none. Accepts what the entities hold. */
  public static String format(Object time, ZoneId zone) {
    Instant instant = instant(time);
    return instant == null ? "" : MINUTES.format(instant.atZone(zone));
  }

  /** The time followed by the zone's name, for texts that leave the page (e-mails). */
  public static String formatWithZone(Object time, ZoneId zone, Locale locale) {
    return format(time, zone) + " (" + zoneName(zone, locale) + ")";
  }

  /** e.g. "China Standard Time, UTC+08:00" or "中国标准时间, UTC+08:00". */
  public static String zoneName(ZoneId zone, Locale locale) {
    String offset = zone.getRules().getOffset(Instant.now()).getId();
    return zone.getDisplayName(TextStyle.FULL, locale)
        + ", UTC"
        + ("Z".equals(offset) ? "" : offset);
  }

  /** A zone a person chose, or the default one when the choice is missing or not a zone. */
  public static ZoneId zoneOrDefault(String id) {
    if (id == null || id.isBlank()) {
      return DEFAULT_ZONE;
    }
    try {
      return ZoneId.of(id);
    } catch (java.time.DateTimeException e) {
      return DEFAULT_ZONE;
    }
  }

  /** A time a person typed, read in their zone. */
  public static OffsetDateTime typed(LocalDateTime typed, ZoneId zone) {
    return typed == null ? null : typed.atZone(zone).toOffsetDateTime();
  }

  private static Instant instant(Object time) {
    if (time == null) {
      return null;
    }
    if (time instanceof Instant i) {
      return i;
    }
    if (time instanceof OffsetDateTime o) {
      return o.toInstant();
    }
    if (time instanceof ZonedDateTime z) {
      return z.toInstant();
    }
    throw new IllegalArgumentException("Not an instant: " + time.getClass().getName());
  }
}
