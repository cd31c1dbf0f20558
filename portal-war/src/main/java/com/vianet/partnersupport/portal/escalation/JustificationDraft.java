package com.vianet.partnersupport.portal.escalation;

import com.vianet.partnersupport.core.request.BlockerReason;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/** What the partner tried and why the problem is a blocker it cannot solve itself. */
public class JustificationDraft implements Serializable {

  private static final long serialVersionUID = 1L;

  @NotBlank @Size(max = 4000) private String stepsTried;

  @NotEmpty(message = "{escalation.blockers.required}") private List<BlockerReason> blockers = new ArrayList<>();

  @Size(max = 4000) private String evidence;

  public String getStepsTried() {
    return stepsTried;
  }

  public void setStepsTried(String stepsTried) {
    this.stepsTried = stepsTried;
  }

  public List<BlockerReason> getBlockers() {
    return blockers;
  }

  public void setBlockers(List<BlockerReason> blockers) {
    this.blockers = blockers == null ? new ArrayList<>() : blockers;
  }

  public String getEvidence() {
    return evidence;
  }

  public void setEvidence(String evidence) {
    this.evidence = evidence;
  }
}
