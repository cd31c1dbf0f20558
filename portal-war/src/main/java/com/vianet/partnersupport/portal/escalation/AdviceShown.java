package com.vianet.partnersupport.portal.escalation;

import com.vianet.partnersupport.portal.request.SupportRequest;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** The review's advice a partner saw before submitting an escalation or recording a case. */
@Entity
@Table(name = "escalation_advice")
@NamedQuery(
    name = AdviceShown.OF_REQUEST,
    query = "SELECT a FROM AdviceShown a WHERE a.request.id = :requestId ORDER BY a.ruleId")
public class AdviceShown {

  static final String OF_REQUEST = "AdviceShown.ofRequest";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "request_id")
  private SupportRequest request;

  @Column(name = "rule_id", nullable = false, length = 40)
  private String ruleId;

  @Column(name = "rule_version", nullable = false)
  private int ruleVersion;

  @Column(name = "shown_at", nullable = false)
  private OffsetDateTime shownAt;

  protected AdviceShown() {}

  AdviceShown(SupportRequest request, AdviceItem advice, OffsetDateTime shownAt) {
    this.request = request;
    this.ruleId = advice.ruleId();
    this.ruleVersion = advice.ruleVersion();
    this.shownAt = shownAt;
  }

  public String getRuleId() {
    return ruleId;
  }

  public int getRuleVersion() {
    return ruleVersion;
  }
}
