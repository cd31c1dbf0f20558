package com.vianet.partnersupport.portal.remediation;

import com.vianet.partnersupport.core.remediation.PlanStatus;
import com.vianet.partnersupport.portal.partner.Partner;
import com.vianet.partnersupport.portal.request.RequestRejectedException;
import com.vianet.partnersupport.portal.request.SupportRequest;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * What a partner that escalated inappropriately agrees with 21Vianet: a meeting, root causes and
 * actions. Each change is a method here that checks the status and writes the timeline.
 */
@Entity
@Table(name = "remediation_plan")
@NamedQuery(
    name = RemediationPlan.RUNNING,
    query = "SELECT p FROM RemediationPlan p WHERE p.status IN :statuses ORDER BY p.id")
public class RemediationPlan {

  public static final String RUNNING = "RemediationPlan.running";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "partner_id")
  private Partner partner;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private PlanStatus status;

  @Column(name = "meeting_at")
  private OffsetDateTime meetingAt;

  @Column(name = "meeting_attendees", length = 1000)
  private String meetingAttendees;

  @Column(name = "meeting_notes", length = 4000)
  private String meetingNotes;

  @Column(name = "root_causes", length = 4000)
  private String rootCauses;

  @Column(name = "meeting_acknowledged_at")
  private OffsetDateTime meetingAcknowledgedAt;

  @Column(name = "meeting_acknowledged_by", length = 200)
  private String meetingAcknowledgedBy;

  @Column(name = "opened_by")
  private Long openedBy;

  @Column(name = "created_at", nullable = false)
  private OffsetDateTime createdAt;

  @Column(name = "updated_at", nullable = false)
  private OffsetDateTime updatedAt;

  @Column(name = "closed_at")
  private OffsetDateTime closedAt;

  @Version private int version;

  @ManyToMany(fetch = FetchType.LAZY)
  @JoinTable(
      name = "remediation_plan_escalation",
      joinColumns = @JoinColumn(name = "plan_id"),
      inverseJoinColumns = @JoinColumn(name = "request_id"))
  @OrderBy("createdAt")
  private List<SupportRequest> escalations = new ArrayList<>();

  @OneToMany(mappedBy = "plan", cascade = CascadeType.PERSIST)
  @OrderBy("dueOn, id")
  private List<RemediationAction> actions = new ArrayList<>();

  @OneToMany(mappedBy = "plan", cascade = CascadeType.PERSIST)
  @OrderBy("createdAt, id")
  private List<PlanHistory> history = new ArrayList<>();

  protected RemediationPlan() {}

  static RemediationPlan open(
      Partner partner,
      List<SupportRequest> escalations,
      long openedBy,
      String actor,
      OffsetDateTime now) {
    RemediationPlan plan = new RemediationPlan();
    plan.partner = partner;
    plan.status = PlanStatus.PROPOSED;
    plan.escalations.addAll(escalations);
    plan.openedBy = openedBy;
    plan.createdAt = now;
    plan.record(PlanHistory.Event.OPENED, escalations.size() + " escalation(s)", actor, now);
    return plan;
  }

  void scheduleMeeting(OffsetDateTime at, String attendees, String actor, OffsetDateTime now) {
    moveTo(PlanStatus.MEETING_SCHEDULED);
    meetingAt = at;
    meetingAttendees = attendees.strip();
    // A moved meeting needs the partner's acknowledgement again.
    meetingAcknowledgedAt = null;
    meetingAcknowledgedBy = null;
    record(PlanHistory.Event.MEETING_SCHEDULED, meetingAttendees, actor, now);
  }

  void acknowledgeMeeting(String actor, OffsetDateTime now) {
    if (status != PlanStatus.MEETING_SCHEDULED || meetingAcknowledgedAt != null) {
      throw new RequestRejectedException("remediation.nothingToAcknowledge", id);
    }
    meetingAcknowledgedAt = now;
    meetingAcknowledgedBy = actor;
    record(PlanHistory.Event.MEETING_ACKNOWLEDGED, null, actor, now);
  }

  void recordOutcome(String notes, String causes, String actor, OffsetDateTime now) {
    requireOpenAfterMeeting();
    meetingNotes = blankToNull(notes);
    rootCauses = blankToNull(causes);
    record(PlanHistory.Event.OUTCOME_RECORDED, rootCauses, actor, now);
  }

  void addAction(
      String description, String owner, LocalDate dueOn, String actor, OffsetDateTime now) {
    requireOpenAfterMeeting();
    actions.add(new RemediationAction(this, description, owner, dueOn));
    record(
        PlanHistory.Event.ACTION_ADDED,
        description.strip() + " (" + owner.strip() + ", " + dueOn + ")",
        actor,
        now);
  }

  void agree(String actor, OffsetDateTime now) {
    if (meetingAcknowledgedAt == null || rootCauses == null || actions.isEmpty()) {
      throw new RequestRejectedException("remediation.notReadyToAgree", id);
    }
    moveTo(PlanStatus.AGREED);
    record(PlanHistory.Event.AGREED, null, actor, now);
  }

  void markActionDone(long actionId, String actor, OffsetDateTime now, LocalDate today) {
    if (status != PlanStatus.AGREED
        && status != PlanStatus.IN_PROGRESS
        && status != PlanStatus.OVERDUE) {
      throw new RequestRejectedException("remediation.notAgreedYet", id);
    }
    RemediationAction action =
        actions.stream()
            .filter(a -> a.getId() == actionId)
            .findFirst()
            .orElseThrow(
                () -> new RequestRejectedException("remediation.actionNotFound", actionId));
    if (action.isDone()) {
      throw new RequestRejectedException("remediation.actionDoneAlready", action.getDescription());
    }
    action.done(actor, now);
    if (actions.stream().noneMatch(a -> a.isOverdueOn(today)) && status != PlanStatus.IN_PROGRESS) {
      status = PlanStatus.IN_PROGRESS;
    }
    record(PlanHistory.Event.ACTION_DONE, action.getDescription(), actor, now);
  }

  /**
   * Marks the plan overdue when an action passed its due date; returns the actions newly reported.
   */
  List<RemediationAction> checkOverdue(LocalDate today, OffsetDateTime now) {
    List<RemediationAction> late = actions.stream().filter(a -> a.isOverdueOn(today)).toList();
    if (late.isEmpty() || !status.canMoveTo(PlanStatus.OVERDUE) && status != PlanStatus.OVERDUE) {
      return List.of();
    }
    List<RemediationAction> reported =
        late.stream().filter(RemediationAction::reportOverdue).toList();
    if (status != PlanStatus.OVERDUE) {
      status = PlanStatus.OVERDUE;
      record(PlanHistory.Event.OVERDUE, late.get(0).getDescription(), "Partner Support", now);
    }
    return reported;
  }

  void complete(String actor, OffsetDateTime now) {
    if (actions.isEmpty() || actions.stream().anyMatch(a -> !a.isDone())) {
      throw new RequestRejectedException("remediation.actionsOutstanding", id);
    }
    moveTo(PlanStatus.COMPLETED);
    closedAt = now;
    record(PlanHistory.Event.COMPLETED, null, actor, now);
  }

  private void requireOpenAfterMeeting() {
    if (status == PlanStatus.PROPOSED || status == PlanStatus.COMPLETED) {
      throw new RequestRejectedException("remediation.meetingFirst", id);
    }
  }

  private void moveTo(PlanStatus next) {
    if (!status.canMoveTo(next)) {
      throw new RequestRejectedException("remediation.transitionNotAllowed", id);
    }
    status = next;
  }

  private void record(PlanHistory.Event event, String note, String actor, OffsetDateTime now) {
    history.add(new PlanHistory(this, event, status, note, actor, now));
    updatedAt = now;
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }

  public Long getId() {
    return id;
  }

  public Partner getPartner() {
    return partner;
  }

  public PlanStatus getStatus() {
    return status;
  }

  public OffsetDateTime getMeetingAt() {
    return meetingAt;
  }

  public String getMeetingAttendees() {
    return meetingAttendees;
  }

  public String getMeetingNotes() {
    return meetingNotes;
  }

  public String getRootCauses() {
    return rootCauses;
  }

  public OffsetDateTime getMeetingAcknowledgedAt() {
    return meetingAcknowledgedAt;
  }

  public String getMeetingAcknowledgedBy() {
    return meetingAcknowledgedBy;
  }

  public OffsetDateTime getCreatedAt() {
    return createdAt;
  }

  public OffsetDateTime getClosedAt() {
    return closedAt;
  }

  public int getVersion() {
    return version;
  }

  public List<SupportRequest> getEscalations() {
    return escalations;
  }

  public List<RemediationAction> getActions() {
    return actions;
  }

  public List<PlanHistory> getHistory() {
    return history;
  }

  public boolean isAwaitingAcknowledgement() {
    return status == PlanStatus.MEETING_SCHEDULED && meetingAcknowledgedAt == null;
  }
}
