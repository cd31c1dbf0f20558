package com.vianet.partnersupport.portal.alert;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.util.logging.Logger;

/** Every minute: raises the alerts that are due (each once, see AgentAlerts). */
@Singleton
public class AlertCheck {

  private static final Logger LOG = Logger.getLogger(AlertCheck.class.getName());

  @Inject private AgentAlerts alerts;

  @Schedule(hour = "*", minute = "*", persistent = false)
  void check() {
    int raised = alerts.raise();
    if (raised > 0) {
      LOG.info(() -> raised + " agent alert(s) raised");
    }
  }
}
