package com.vianet.partnersupport.portal.escalation;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * The verdict form: appropriate, or inappropriate with at least one reason (and text for "other").
 */
public class VerdictDraft implements Serializable {

  private static final long serialVersionUID = 1L;

  @NotNull private EscalationVerdict.Verdict verdict;
  @NotNull private List<String> reasonCodes = new ArrayList<>();

  @Size(max = 1000) private String otherReason;

  @AssertTrue(message = "{verdict.reasonsRequired}") public boolean isReasonGivenWhenInappropriate() {
    return verdict != EscalationVerdict.Verdict.INAPPROPRIATE || !reasonCodes.isEmpty();
  }

  @AssertTrue(message = "{verdict.otherNeedsText}") public boolean isOtherExplained() {
    return !reasonCodes.contains(VerdictReason.OTHER)
        || (otherReason != null && !otherReason.isBlank());
  }

  public EscalationVerdict.Verdict getVerdict() {
    return verdict;
  }

  public void setVerdict(EscalationVerdict.Verdict verdict) {
    this.verdict = verdict;
  }

  public List<String> getReasonCodes() {
    return reasonCodes;
  }

  public void setReasonCodes(List<String> reasonCodes) {
    this.reasonCodes = reasonCodes == null ? new ArrayList<>() : reasonCodes;
  }

  public String getOtherReason() {
    return otherReason;
  }

  public void setOtherReason(String otherReason) {
    this.otherReason = otherReason;
  }
}
