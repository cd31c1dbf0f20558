package com.vianet.partnersupport.portal.remediation;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.logging.Logger;

/** Every hour: plans whose actions passed their due date (Beijing calendar) become overdue. */
@Singleton
public class OverdueActionsCheck {

  private static final Logger LOG = Logger.getLogger(OverdueActionsCheck.class.getName());

  @Inject private RemediationPlans plans;

  @Schedule(hour = "*", minute = "7", persistent = false)
  void check() {
    int reported = plans.markOverdue(LocalDate.now(RemediationPlans.BEIJING));
    if (reported > 0) {
      LOG.info(() -> reported + " remediation action(s) newly overdue");
    }
  }
}
