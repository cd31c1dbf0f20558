package com.vianet.partnersupport.core.clock;

/** One target's clock as read at a moment: minutes counted against the target, and the verdict. */
public record ClockReading(long elapsedMinutes, long targetMinutes, ClockState state) {

  public int getPercent() {
    return (int) Math.min(999, elapsedMinutes * 100 / Math.max(1, targetMinutes));
  }

  public long getRemainingMinutes() {
    return targetMinutes - elapsedMinutes;
  }

  public ClockState getState() {
    return state;
  }

  public long getElapsedMinutes() {
    return elapsedMinutes;
  }

  public long getTargetMinutes() {
    return targetMinutes;
  }
}
