package com.vianet.partnersupport.portal.remediation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDate;

/** A new action: what, who owns it, by when. */
public class ActionDraft implements Serializable {

  private static final long serialVersionUID = 1L;

  @NotBlank @Size(max = 2000) private String description;

  @NotBlank @Size(max = 200) private String owner;

  @NotNull private LocalDate dueOn;

  public String getDescription() {
    return description;
  }

  public void setDescription(String description) {
    this.description = description;
  }

  public String getOwner() {
    return owner;
  }

  public void setOwner(String owner) {
    this.owner = owner;
  }

  public LocalDate getDueOn() {
    return dueOn;
  }

  public void setDueOn(LocalDate dueOn) {
    this.dueOn = dueOn;
  }
}
