package com.vianet.partnersupport.core.remediation;

import java.util.EnumSet;
import java.util.Set;

/** Where a remediation plan is, and the moves allowed from there. */
public enum PlanStatus {
  PROPOSED,
  MEETING_SCHEDULED,
  AGREED,
  IN_PROGRESS,
  OVERDUE,
  COMPLETED;

  public boolean isOpen() {
    return this != COMPLETED;
  }

  public Set<PlanStatus> allowedNext() {
    return switch (this) {
      case PROPOSED -> EnumSet.of(MEETING_SCHEDULED);
      // A meeting may be moved: scheduling again keeps the status.
      case MEETING_SCHEDULED -> EnumSet.of(MEETING_SCHEDULED, AGREED);
      case AGREED -> EnumSet.of(IN_PROGRESS, OVERDUE, COMPLETED);
      case IN_PROGRESS -> EnumSet.of(OVERDUE, COMPLETED);
      case OVERDUE -> EnumSet.of(IN_PROGRESS, COMPLETED);
      case COMPLETED -> EnumSet.noneOf(PlanStatus.class);
    };
  }

  public boolean canMoveTo(PlanStatus next) {
    return allowedNext().contains(next);
  }
}
