package com.vianet.partnersupport.portal.i18n;

import com.vianet.partnersupport.portal.security.CurrentUser;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;

/**
 * The viewer's time zone (their account's, Beijing time for nobody signed in) and their times:
 * every page shows stored instants through {@link #format} or the {@code viewerTime} converter.
 */
@Named
@RequestScoped
public class ViewerTime {

  @Inject private CurrentUser currentUser;
  @Inject private LocaleSelection localeSelection;

  public ZoneId getZone() {
    return currentUser.getZone();
  }

  /** The zone named in the viewer's language, as the pages' footers say it. */
  public String getZoneName() {
    return ShownTimes.zoneName(getZone(), localeSelection.getLocale());
  }

  /** A zone as a choice in a menu: its name in the viewer's language, never the raw id. */
  public String nameOf(String zoneId) {
    return ShownTimes.zoneName(ShownTimes.zoneOrDefault(zoneId), localeSelection.getLocale());
  }

  public String format(Object time) {
    return ShownTimes.format(time, getZone());
  }

  /** Now, to the minute, as the viewer's clock reads: the default of a time field. */
  public LocalDateTime nowTyped() {
    return LocalDateTime.now(getZone()).withSecond(0).withNano(0);
  }

  public OffsetDateTime typed(LocalDateTime typed) {
    return ShownTimes.typed(typed, getZone());
  }
}
