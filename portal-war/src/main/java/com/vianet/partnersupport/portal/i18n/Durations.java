package com.vianet.partnersupport.portal.i18n;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** Spans of time as people read them: "1 h 20 min", "45 min", in the viewer's language. */
@Named
@RequestScoped
public class Durations {

  @Inject private LocaleSelection localeSelection;

  /** The span of a number of minutes; its sign is dropped (the sentence around says which way). */
  public String of(long minutes) {
    long m = Math.abs(minutes);
    if (m < 60) {
      return Messages.format(localeSelection.getLocale(), "duration.minutes", m);
    }
    if (m % 60 == 0) {
      return Messages.format(localeSelection.getLocale(), "duration.hours", m / 60);
    }
    return Messages.format(localeSelection.getLocale(), "duration.hoursMinutes", m / 60, m % 60);
  }
}
