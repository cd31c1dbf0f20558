package com.vianet.partnersupport.portal.escalation;

import com.vianet.partnersupport.core.request.BlockerReason;
import com.vianet.partnersupport.portal.request.SupportRequest;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapsId;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import java.util.EnumSet;
import java.util.Set;

/** Why the partner escalated instead of solving the customer's problem: its case for a blocker. */
@Entity
@Table(name = "escalation_justification")
@NamedQuery(
    name = EscalationJustification.OF_REQUEST,
    query = "SELECT j FROM EscalationJustification j WHERE j.requestId = :requestId")
public class EscalationJustification {

  public static final String OF_REQUEST = "EscalationJustification.ofRequest";

  @Id
  @Column(name = "request_id")
  private Long requestId;

  @MapsId
  @OneToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "request_id")
  private SupportRequest request;

  @Column(name = "steps_tried", nullable = false, length = 4000)
  private String stepsTried;

  @Column(name = "lacks_training", nullable = false)
  private boolean lacksTraining;

  @Column(name = "lacks_documentation", nullable = false)
  private boolean lacksDocumentation;

  @Column(name = "lacks_tools", nullable = false)
  private boolean lacksTools;

  @Column(length = 4000)
  private String evidence;

  protected EscalationJustification() {}

  public EscalationJustification(
      SupportRequest request, String stepsTried, Set<BlockerReason> blockers, String evidence) {
    this.request = request;
    this.stepsTried = stepsTried.strip();
    this.lacksTraining = blockers.contains(BlockerReason.LACK_OF_TRAINING);
    this.lacksDocumentation = blockers.contains(BlockerReason.LACK_OF_DOCUMENTATION);
    this.lacksTools = blockers.contains(BlockerReason.LACK_OF_TOOLS);
    this.evidence = evidence == null || evidence.isBlank() ? null : evidence.strip();
  }

  public String getStepsTried() {
    return stepsTried;
  }

  public String getEvidence() {
    return evidence;
  }

  public Set<BlockerReason> getBlockers() {
    Set<BlockerReason> blockers = EnumSet.noneOf(BlockerReason.class);
    if (lacksTraining) blockers.add(BlockerReason.LACK_OF_TRAINING);
    if (lacksDocumentation) blockers.add(BlockerReason.LACK_OF_DOCUMENTATION);
    if (lacksTools) blockers.add(BlockerReason.LACK_OF_TOOLS);
    return blockers;
  }
}
