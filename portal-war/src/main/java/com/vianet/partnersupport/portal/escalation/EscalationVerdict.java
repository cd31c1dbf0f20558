package com.vianet.partnersupport.portal.escalation;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * 21Vianet's judgement of one escalation. The reason codes are the record; {@code reasons} keeps
 * their English labels as one readable line for the reports and the nightly review.
 */
@Entity
@Table(name = "escalation_verdict")
public class EscalationVerdict {

  /** Was the escalation a true blocker? */
  public enum Verdict {
    APPROPRIATE,
    INAPPROPRIATE
  }

  @Id
  @Column(name = "request_id")
  private Long requestId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private Verdict verdict;

  @Column(length = 1000)
  private String reasons;

  @Column(name = "other_reason", length = 1000)
  private String otherReason;

  @Column(name = "decided_by", nullable = false)
  private Long decidedBy;

  @Column(name = "decided_at", nullable = false)
  private OffsetDateTime decidedAt;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(
      name = "escalation_verdict_reason",
      joinColumns = @JoinColumn(name = "request_id"))
  @Column(name = "reason_code")
  private Set<String> reasonCodes = new LinkedHashSet<>();

  protected EscalationVerdict() {}

  EscalationVerdict(long requestId) {
    this.requestId = requestId;
  }

  void decide(
      Verdict verdict,
      Set<String> codes,
      String readableReasons,
      String otherReason,
      long agentId,
      OffsetDateTime now) {
    this.verdict = verdict;
    this.reasonCodes.clear();
    this.reasonCodes.addAll(codes);
    this.reasons =
        readableReasons.length() > 1000 ? readableReasons.substring(0, 1000) : readableReasons;
    this.otherReason = otherReason;
    this.decidedBy = agentId;
    this.decidedAt = now;
  }

  public Long getRequestId() {
    return requestId;
  }

  public Verdict getVerdict() {
    return verdict;
  }

  public String getReasons() {
    return reasons;
  }

  public String getOtherReason() {
    return otherReason;
  }

  public OffsetDateTime getDecidedAt() {
    return decidedAt;
  }

  public Set<String> getReasonCodes() {
    return Set.copyOf(reasonCodes);
  }
}
