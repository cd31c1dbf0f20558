package com.vianet.partnersupport.portal.remediation;

import com.vianet.partnersupport.portal.i18n.Messages;
import com.vianet.partnersupport.portal.request.EditAttempt;
import com.vianet.partnersupport.portal.security.CurrentUser;
import com.vianet.partnersupport.portal.security.Roles;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;

/**
 * One remediation plan. Staff schedule the meeting, record its outcome, add actions, agree, and a
 * compliance reviewer completes it; the partner admin acknowledges the meeting and marks actions
 * done. Every change is checked against the version the page was opened with.
 */
@Named
@ViewScoped
public class PlanView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private CurrentUser currentUser;
  @Inject private com.vianet.partnersupport.portal.i18n.ViewerTime viewerTime;
  @Inject private RemediationPlans plans;
  @Inject private Messages messages;

  private Long id;
  private int seenVersion;
  private transient RemediationPlan plan;
  private MeetingDraft meeting = new MeetingDraft();
  private OutcomeDraft outcome = new OutcomeDraft();
  private ActionDraft action = new ActionDraft();

  public void load() throws IOException {
    plan = id == null ? null : plans.find(currentUser.scope(), id).orElse(null);
    if (plan == null) {
      FacesContext context = FacesContext.getCurrentInstance();
      context.getExternalContext().responseSendError(404, "Not found");
      context.responseComplete();
      return;
    }
    seenVersion = plan.getVersion();
    meeting.setZone(viewerTime.getZone());
    if (outcome.getRootCauses() == null) {
      outcome.setNotes(plan.getMeetingNotes());
      outcome.setRootCauses(plan.getRootCauses());
    }
  }

  public void scheduleMeeting() throws IOException {
    after(
        EditAttempt.run(
            messages,
            () ->
                plans.scheduleMeeting(
                    currentUser.scope(), id, seenVersion, currentUser.actor(), meeting),
            "remediation.meetingScheduled",
            id));
  }

  public void recordOutcome() throws IOException {
    after(
        EditAttempt.run(
            messages,
            () ->
                plans.recordOutcome(
                    currentUser.scope(), id, seenVersion, currentUser.actor(), outcome),
            "remediation.outcomeRecorded",
            id));
  }

  public void addAction() throws IOException {
    if (after(
        EditAttempt.run(
            messages,
            () ->
                plans.addAction(currentUser.scope(), id, seenVersion, currentUser.actor(), action),
            "remediation.actionAdded",
            id))) {
      action = new ActionDraft();
    }
  }

  public void agree() throws IOException {
    after(
        EditAttempt.run(
            messages,
            () -> plans.agree(currentUser.scope(), id, seenVersion, currentUser.actor()),
            "remediation.agreed",
            id));
  }

  public void complete() throws IOException {
    after(
        EditAttempt.run(
            messages,
            () -> plans.complete(currentUser.scope(), id, seenVersion, currentUser.actor()),
            "remediation.completed",
            id));
  }

  public void acknowledgeMeeting() throws IOException {
    after(
        EditAttempt.run(
            messages,
            () ->
                plans.acknowledgeMeeting(currentUser.scope(), id, seenVersion, currentUser.actor()),
            "remediation.meetingAcknowledged",
            id));
  }

  public void markDone(long actionId) throws IOException {
    after(
        EditAttempt.run(
            messages,
            () ->
                plans.markActionDone(
                    currentUser.scope(), id, seenVersion, actionId, currentUser.actor()),
            "remediation.actionMarkedDone",
            id));
  }

  private boolean after(boolean done) throws IOException {
    load();
    return done;
  }

  public boolean isStaff() {
    return !currentUser.isPartnerUser();
  }

  public boolean isReviewer() {
    return currentUser.hasRole(Roles.COMPLIANCE);
  }

  public boolean isPartnerAdmin() {
    return currentUser.hasRole(Roles.PARTNER_ADMIN);
  }

  public RemediationPlan getPlan() {
    return plan;
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public MeetingDraft getMeeting() {
    return meeting;
  }

  public OutcomeDraft getOutcome() {
    return outcome;
  }

  public ActionDraft getAction() {
    return action;
  }
}
