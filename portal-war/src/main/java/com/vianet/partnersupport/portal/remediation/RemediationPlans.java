package com.vianet.partnersupport.portal.remediation;

import com.vianet.partnersupport.core.remediation.PlanStatus;
import com.vianet.partnersupport.core.user.Action;
import com.vianet.partnersupport.portal.cluster.ClusterTasks;
import com.vianet.partnersupport.portal.notification.Notifications;
import com.vianet.partnersupport.portal.notification.Recipient;
import com.vianet.partnersupport.portal.partner.Partner;
import com.vianet.partnersupport.portal.request.Actor;
import com.vianet.partnersupport.portal.request.RequestRejectedException;
import com.vianet.partnersupport.portal.request.SupportRequest;
import com.vianet.partnersupport.portal.security.PartnerScope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/**
 * Remediation plans: opened and run by 21Vianet staff, acknowledged and acted on by the partner.
 * Staff pass the all-partners scope, a partner its own; a plan outside the scope is not there.
 */
@ApplicationScoped
@Transactional
public class RemediationPlans {

  static final ZoneId BEIJING = com.vianet.partnersupport.core.clock.Beijing.ZONE;

  @PersistenceContext private EntityManager em;

  @Inject private ClusterTasks tasks;
  @Inject private Notifications notifications;

  public Optional<RemediationPlan> find(@NotNull PartnerScope scope, long planId) {
    scope.require(Action.READ_PLANS);
    return Optional.ofNullable(em.find(RemediationPlan.class, planId))
        .filter(p -> scope.includes(p.getPartner().getId()));
  }

  /**
   * Opens a plan for a partner, linked to its escalations judged inappropriate in the last four
   * weeks and in no plan yet. A partner has one open plan at most (the database agrees).
   */
  public long open(@NotNull PartnerScope scope, long partnerId, @NotNull Actor actor) {
    scope.require(Action.RUN_PLAN);
    scope.requireStaff();
    Partner partner =
        Optional.ofNullable(em.find(Partner.class, partnerId))
            .orElseThrow(() -> new RequestRejectedException("remediation.partnerNotFound"));
    Long open =
        em.createQuery(
                "SELECT COUNT(p) FROM RemediationPlan p WHERE p.partner.id = :partnerId"
                    + " AND p.status <> :completed",
                Long.class)
            .setParameter("partnerId", partnerId)
            .setParameter("completed", PlanStatus.COMPLETED)
            .getSingleResult();
    if (open > 0) {
      throw new RequestRejectedException("remediation.openPlanExists", partner.getName());
    }
    OffsetDateTime now = now();
    List<SupportRequest> escalations =
        em.createQuery(
                "SELECT r FROM SupportRequest r, EscalationVerdict v WHERE v.requestId = r.id AND"
                    + " r.partner.id = :partnerId AND v.verdict = :inappropriate AND v.decidedAt >="
                    + " :since AND NOT EXISTS (SELECT p FROM RemediationPlan p JOIN p.escalations e"
                    + " WHERE e = r) ORDER BY r.createdAt",
                SupportRequest.class)
            .setParameter("partnerId", partnerId)
            .setParameter(
                "inappropriate",
                com.vianet.partnersupport.portal.escalation.EscalationVerdict.Verdict.INAPPROPRIATE)
            .setParameter("since", now.minusWeeks(4))
            .getResultList();
    if (escalations.isEmpty()) {
      throw new RequestRejectedException("remediation.nothingToRemediate", partner.getName());
    }
    RemediationPlan plan =
        RemediationPlan.open(partner, escalations, actor.userId(), actor.name(), now);
    em.persist(plan);
    try {
      em.flush();
    } catch (jakarta.persistence.PersistenceException e) {
      // Another user opened one a moment ago: the unique key on open plans refused this one.
      throw new RequestRejectedException("remediation.openPlanExists", partner.getName());
    }
    notifyPartner(partnerId, "planOpened", plan.getId(), partner.getName(), escalations.size());
    return plan.getId();
  }

  public void scheduleMeeting(
      @NotNull PartnerScope scope,
      long planId,
      int seenVersion,
      @NotNull Actor actor,
      @NotNull @Valid MeetingDraft meeting) {
    scope.require(Action.RUN_PLAN);
    scope.requireStaff();
    RemediationPlan plan = editable(scope, planId, seenVersion);
    OffsetDateTime at = meeting.instant();
    plan.scheduleMeeting(at, meeting.getAttendees(), actor.name(), now());
    notifyPartner(
        plan.getPartner().getId(), "meetingScheduled", planId, at, meeting.getAttendees());
    em.flush();
  }

  public void recordOutcome(
      @NotNull PartnerScope scope,
      long planId,
      int seenVersion,
      @NotNull Actor actor,
      @NotNull @Valid OutcomeDraft outcome) {
    scope.require(Action.RUN_PLAN);
    scope.requireStaff();
    editable(scope, planId, seenVersion)
        .recordOutcome(outcome.getNotes(), outcome.getRootCauses(), actor.name(), now());
    em.flush();
  }

  public void addAction(
      @NotNull PartnerScope scope,
      long planId,
      int seenVersion,
      @NotNull Actor actor,
      @NotNull @Valid ActionDraft action) {
    scope.require(Action.RUN_PLAN);
    scope.requireStaff();
    editable(scope, planId, seenVersion)
        .addAction(
            action.getDescription(), action.getOwner(), action.getDueOn(), actor.name(), now());
    em.flush();
  }

  public void agree(
      @NotNull PartnerScope scope, long planId, int seenVersion, @NotNull Actor actor) {
    scope.require(Action.RUN_PLAN);
    scope.requireStaff();
    editable(scope, planId, seenVersion).agree(actor.name(), now());
    em.flush();
  }

  /** Only a compliance reviewer closes a plan, once every action is done. */
  public void complete(
      @NotNull PartnerScope scope, long planId, int seenVersion, @NotNull Actor reviewer) {
    scope.require(Action.COMPLETE_PLAN);
    scope.requireStaff();
    editable(scope, planId, seenVersion).complete(reviewer.name(), now());
    em.flush();
  }

  /** The partner confirms it will attend the meeting. */
  public void acknowledgeMeeting(
      @NotNull PartnerScope scope, long planId, int seenVersion, @NotNull Actor actor) {
    scope.require(Action.ACKNOWLEDGE_PLAN);
    editable(scope, planId, seenVersion).acknowledgeMeeting(actor.name(), now());
    em.flush();
  }

  /** The partner (or staff) marks an action done. */
  public void markActionDone(
      @NotNull PartnerScope scope,
      long planId,
      int seenVersion,
      long actionId,
      @NotNull Actor actor) {
    scope.require(Action.MARK_ACTION_DONE);
    OffsetDateTime now = now();
    editable(scope, planId, seenVersion)
        .markActionDone(actionId, actor.name(), now, now.atZoneSameInstant(BEIJING).toLocalDate());
    em.flush();
  }

  /** Marks plans with late actions overdue and tells the partner's admins, once per action. */
  public int markOverdue(@NotNull LocalDate today) {
    tasks.runAlone(ClusterTasks.OVERDUE_ACTIONS);
    OffsetDateTime now = now();
    int reported = 0;
    for (RemediationPlan plan :
        em.createNamedQuery(RemediationPlan.RUNNING, RemediationPlan.class)
            .setParameter(
                "statuses", List.of(PlanStatus.AGREED, PlanStatus.IN_PROGRESS, PlanStatus.OVERDUE))
            .getResultList()) {
      for (RemediationAction action : plan.checkOverdue(today, now)) {
        notifyPartner(
            plan.getPartner().getId(),
            "actionOverdue",
            plan.getId(),
            action.getDescription(),
            action.getDueOn().toString(),
            action.getOwnerName());
        reported++;
      }
    }
    return reported;
  }

  private RemediationPlan editable(PartnerScope scope, long planId, int seenVersion) {
    RemediationPlan plan =
        find(scope, planId)
            .orElseThrow(() -> new RequestRejectedException("remediation.notFound", planId));
    if (plan.getVersion() != seenVersion) {
      throw new RequestRejectedException("remediation.changedMeanwhile", planId);
    }
    return plan;
  }

  private void notifyPartner(long partnerId, String key, Object... arguments) {
    for (Recipient admin : notifications.partnerAdmins(partnerId)) {
      notifications.send(admin, key, arguments);
    }
  }

  private static OffsetDateTime now() {
    return OffsetDateTime.now(ZoneOffset.UTC);
  }
}
