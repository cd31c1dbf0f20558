package com.vianet.partnersupport.portal.alert;

import com.vianet.partnersupport.portal.i18n.Messages;
import com.vianet.partnersupport.portal.security.CurrentUser;
import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/**
 * An agent's alerts in the portal, in the agent's language: each alert raised since the session
 * began shows once, on the next page or the page's next poll (what was raised before shows on the
 * dashboard and the queue already).
 */
@Named
@SessionScoped
public class AlertFeed implements Serializable {

  private static final long serialVersionUID = 1L;

  /** The messages' key on the page (the growl shows these only). */
  public static final String FOR = "agent-alerts";

  @Inject private CurrentUser currentUser;
  @Inject private AgentAlerts alerts;
  @Inject private Messages messages;

  private long lastSeenId = -1;

  /** Before the alerts' growl renders: adds the alerts it has not shown yet. */
  public void poll() {
    if (lastSeenId < 0) {
      lastSeenId = alerts.newestId(currentUser.scope());
      return;
    }
    FacesContext context = FacesContext.getCurrentInstance();
    for (AgentAlert alert : alerts.since(currentUser.scope(), lastSeenId)) {
      lastSeenId = Math.max(lastSeenId, alert.id());
      context.addMessage(
          FOR,
          new FacesMessage(
              alert.kind() == AlertKind.NEW_CRITICAL
                  ? FacesMessage.SEVERITY_ERROR
                  : FacesMessage.SEVERITY_WARN,
              messages.get("alert." + alert.kind().name(), alert.number(), alert.title()),
              null));
    }
  }
}
