package com.vianet.partnersupport.portal.remediation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.Serializable;

/** What the meeting found: notes and the root causes of the inappropriate escalations. */
public class OutcomeDraft implements Serializable {

  private static final long serialVersionUID = 1L;

  @Size(max = 4000) private String notes;

  @NotBlank @Size(max = 4000) private String rootCauses;

  public String getNotes() {
    return notes;
  }

  public void setNotes(String notes) {
    this.notes = notes;
  }

  public String getRootCauses() {
    return rootCauses;
  }

  public void setRootCauses(String rootCauses) {
    this.rootCauses = rootCauses;
  }
}
