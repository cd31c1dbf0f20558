package com.vianet.partnersupport.portal.dashboard;

import java.io.Serializable;

/** One ISO week of escalations as the nightly review aggregated them. */
public record WeekFigures(
    String isoWeek, long escalations, long appropriate, long inappropriate, long unreviewed)
    implements Serializable {

  /** The share judged inappropriate among those judged, in percent; 0 when none was judged. */
  public long inappropriatePercent() {
    long judged = appropriate + inappropriate;
    return judged == 0 ? 0 : Math.round(inappropriate * 100.0 / judged);
  }
}
