package com.vianet.partnersupport.core.remediation;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PlanStatusTest {

  @Test
  void aPlanIsAgreedOnlyAfterItsMeeting() {
    assertFalse(PlanStatus.PROPOSED.canMoveTo(PlanStatus.AGREED));
    assertTrue(PlanStatus.MEETING_SCHEDULED.canMoveTo(PlanStatus.AGREED));
  }

  @Test
  void anOverduePlanReturnsToProgressAndACompletedOneStays() {
    assertTrue(PlanStatus.OVERDUE.canMoveTo(PlanStatus.IN_PROGRESS));
    assertTrue(PlanStatus.COMPLETED.allowedNext().isEmpty());
    assertFalse(PlanStatus.COMPLETED.isOpen());
  }
}
