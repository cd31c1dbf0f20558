package com.vianet.partnersupport.portal.escalation;

import com.vianet.partnersupport.core.review.ContestDecision;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.OffsetDateTime;

/** A partner admin's contest of an "inappropriate" verdict, and the compliance decision on it. */
@Entity
@Table(name = "verdict_contest")
@NamedQuery(
    name = VerdictContest.OPEN,
    query = "SELECT c FROM VerdictContest c WHERE c.decision IS NULL ORDER BY c.contestedAt")
public class VerdictContest implements Serializable {

  private static final long serialVersionUID = 1L;

  static final String OPEN = "VerdictContest.open";

  @Id
  @Column(name = "request_id")
  private Long requestId;

  @Column(name = "contested_by", nullable = false)
  private Long contestedBy;

  @Column(name = "contested_at", nullable = false)
  private OffsetDateTime contestedAt;

  @Column(nullable = false, length = 2000)
  private String reason;

  @Enumerated(EnumType.STRING)
  @Column(length = 20)
  private ContestDecision decision;

  @Column(name = "decided_by")
  private Long decidedBy;

  @Column(name = "decided_at")
  private OffsetDateTime decidedAt;

  @Column(name = "decision_note", length = 2000)
  private String decisionNote;

  @Version private int version;

  protected VerdictContest() {}

  VerdictContest(long requestId, long contestedBy, String reason, OffsetDateTime now) {
    this.requestId = requestId;
    this.contestedBy = contestedBy;
    this.reason = reason;
    this.contestedAt = now;
  }

  void decide(ContestDecision decision, long by, String note, OffsetDateTime now) {
    this.decision = decision;
    this.decidedBy = by;
    this.decisionNote = note;
    this.decidedAt = now;
  }

  public Long getRequestId() {
    return requestId;
  }

  public OffsetDateTime getContestedAt() {
    return contestedAt;
  }

  public String getReason() {
    return reason;
  }

  public ContestDecision getDecision() {
    return decision;
  }

  public OffsetDateTime getDecidedAt() {
    return decidedAt;
  }

  public String getDecisionNote() {
    return decisionNote;
  }

  public int getVersion() {
    return version;
  }
}
