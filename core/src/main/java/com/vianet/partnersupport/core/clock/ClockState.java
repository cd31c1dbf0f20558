package com.vianet.partnersupport.core.clock;

/** Where a request stands against one of its targets. */
public enum ClockState {
  /** Running, well inside the target. */
  RUNNING,
  /** Running, past the warning share of the target. */
  WARNING,
  /** Past the target and still not answered or resolved. */
  OVERDUE,
  /** Answered or resolved within the target. */
  MET,
  /** Answered or resolved, but late. */
  MISSED
}
