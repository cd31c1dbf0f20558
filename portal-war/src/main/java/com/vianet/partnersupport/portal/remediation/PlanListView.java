package com.vianet.partnersupport.portal.remediation;

import com.vianet.partnersupport.core.remediation.PlanStatus;
import com.vianet.partnersupport.portal.i18n.Messages;
import com.vianet.partnersupport.portal.request.EditAttempt;
import com.vianet.partnersupport.portal.security.CurrentUser;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;

/**
 * Remediation plans: staff see every partner's and open new ones; a partner admin sees its own (the
 * scope decides, the page hides the staff's form).
 */
@Named
@ViewScoped
public class PlanListView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private CurrentUser currentUser;
  @Inject private PlanSearch search;
  @Inject private RemediationPlans plans;
  @Inject private Messages messages;

  private PlanLazyModel model;
  private Long partnerId;

  @PostConstruct
  void init() {
    model = new PlanLazyModel(search, currentUser.scope());
  }

  public void open() throws IOException {
    long[] opened = new long[1];
    if (EditAttempt.run(
        messages,
        () ->
            opened[0] =
                plans.open(
                    currentUser.scope(), partnerId == null ? -1 : partnerId, currentUser.actor()),
        "remediation.opened")) {
      FacesContext context = FacesContext.getCurrentInstance();
      context.getExternalContext().getFlash().setKeepMessages(true);
      context
          .getExternalContext()
          .redirect(
              context.getExternalContext().getRequestContextPath()
                  + "/remediation/plan.xhtml?id="
                  + opened[0]);
    }
  }

  public PlanLazyModel getPlans() {
    return model;
  }

  public PlanStatus[] getStatuses() {
    return PlanStatus.values();
  }

  public Long getPartnerId() {
    return partnerId;
  }

  public void setPartnerId(Long partnerId) {
    this.partnerId = partnerId;
  }
}
