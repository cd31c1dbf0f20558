package com.vianet.partnersupport.portal.alert;

import com.vianet.partnersupport.core.request.Severity;
import com.vianet.partnersupport.portal.request.RequestQueued;
import jakarta.annotation.Resource;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.logging.Logger;

/**
 * Raises the alerts that are due (each once, see AgentAlerts): every minute, and at once when a
 * critical request reaches the queue.
 */
@Singleton
public class AlertCheck {

  private static final Logger LOG = Logger.getLogger(AlertCheck.class.getName());

  @Inject private AgentAlerts alerts;
  @Resource private ManagedExecutorService executor;

  /** After the submission commits, off the submitter's thread: the agents hear of it now. */
  public void afterQueued(
      @Observes(during = TransactionPhase.AFTER_SUCCESS) RequestQueued request) {
    if (request.severity() == Severity.CRITICAL) {
      executor.execute(this::check);
    }
  }

  @Schedule(hour = "*", minute = "*", persistent = false)
  void check() {
    int raised = alerts.raise();
    if (raised > 0) {
      LOG.info(() -> raised + " agent alert(s) raised");
    }
  }
}
