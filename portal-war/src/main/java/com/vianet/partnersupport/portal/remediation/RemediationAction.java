package com.vianet.partnersupport.portal.remediation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/** One agreed action of a remediation plan: what, who, by when, and when it was done. */
@Entity
@Table(name = "remediation_action")
public class RemediationAction {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "plan_id")
  private RemediationPlan plan;

  @Column(nullable = false, length = 2000)
  private String description;

  @Column(name = "owner_name", nullable = false, length = 200)
  private String ownerName;

  @Column(name = "due_on", nullable = false)
  private LocalDate dueOn;

  @Column(name = "done_at")
  private OffsetDateTime doneAt;

  @Column(name = "done_by", length = 200)
  private String doneBy;

  @Column(name = "overdue_notified", nullable = false)
  private boolean overdueNotified;

  @Version private int version;

  protected RemediationAction() {}

  RemediationAction(RemediationPlan plan, String description, String ownerName, LocalDate dueOn) {
    this.plan = plan;
    this.description = description.strip();
    this.ownerName = ownerName.strip();
    this.dueOn = dueOn;
  }

  void done(String by, OffsetDateTime now) {
    doneAt = now;
    doneBy = by;
  }

  boolean isOverdueOn(LocalDate today) {
    return doneAt == null && dueOn.isBefore(today);
  }

  /** True the first time an overdue action is reported, so partners hear of it once. */
  boolean reportOverdue() {
    if (overdueNotified) {
      return false;
    }
    overdueNotified = true;
    return true;
  }

  public Long getId() {
    return id;
  }

  public String getDescription() {
    return description;
  }

  public String getOwnerName() {
    return ownerName;
  }

  public LocalDate getDueOn() {
    return dueOn;
  }

  public OffsetDateTime getDoneAt() {
    return doneAt;
  }

  public String getDoneBy() {
    return doneBy;
  }

  public boolean isDone() {
    return doneAt != null;
  }
}
