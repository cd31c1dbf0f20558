package com.vianet.partnersupport.portal.console;

import com.vianet.partnersupport.core.clock.ClockReading;
import com.vianet.partnersupport.core.clock.ClockState;
import java.io.Serializable;

/** A request's two clocks: to first response, and to resolution. */
public record RequestClocks(ClockReading firstResponse, ClockReading resolution)
    implements Serializable {

  public ClockReading getFirstResponse() {
    return firstResponse;
  }

  public ClockReading getResolution() {
    return resolution;
  }

  /** The row's highlight: overdue wins over warning. */
  public String getStyleClass() {
    if (is(ClockState.OVERDUE)) {
      return "clock-overdue";
    }
    return is(ClockState.WARNING) ? "clock-warning" : "";
  }

  private boolean is(ClockState state) {
    return firstResponse.state() == state || resolution.state() == state;
  }
}
