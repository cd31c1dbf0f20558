package com.vianet.partnersupport.portal.remediation;

import com.vianet.partnersupport.core.remediation.PlanStatus;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** One entry of a plan's timeline: who did what, when, and the status it left the plan in. */
@Entity
@Table(name = "remediation_plan_history")
public class PlanHistory {

  /** What happened; the names are the ones stored. */
  public enum Event {
    OPENED,
    MEETING_SCHEDULED,
    MEETING_ACKNOWLEDGED,
    OUTCOME_RECORDED,
    ACTION_ADDED,
    ACTION_DONE,
    AGREED,
    OVERDUE,
    COMPLETED
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "plan_id")
  private RemediationPlan plan;

  @Enumerated(EnumType.STRING)
  @Column(name = "event_type", nullable = false, length = 30)
  private Event event;

  @Enumerated(EnumType.STRING)
  @Column(length = 20)
  private PlanStatus status;

  @Column(length = 4000)
  private String note;

  @Column(name = "actor_name", nullable = false, length = 200)
  private String actorName;

  @Column(name = "created_at", nullable = false)
  private OffsetDateTime createdAt;

  protected PlanHistory() {}

  PlanHistory(
      RemediationPlan plan,
      Event event,
      PlanStatus status,
      String note,
      String actorName,
      OffsetDateTime at) {
    this.plan = plan;
    this.event = event;
    this.status = status;
    this.note = note != null && note.length() > 4000 ? note.substring(0, 4000) : note;
    this.actorName = actorName;
    this.createdAt = at;
  }

  public Event getEvent() {
    return event;
  }

  public PlanStatus getStatus() {
    return status;
  }

  public String getNote() {
    return note;
  }

  public String getActorName() {
    return actorName;
  }

  public OffsetDateTime getCreatedAt() {
    return createdAt;
  }
}
