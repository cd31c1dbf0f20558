package com.vianet.partnersupport.portal.remediation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDateTime;

/** The meeting form: when (Beijing time) and who attends. */
public class MeetingDraft implements Serializable {

  private static final long serialVersionUID = 1L;

  @NotNull private LocalDateTime at;

  @NotBlank @Size(max = 1000) private String attendees;

  public LocalDateTime getAt() {
    return at;
  }

  public void setAt(LocalDateTime at) {
    this.at = at;
  }

  public String getAttendees() {
    return attendees;
  }

  public void setAttendees(String attendees) {
    this.attendees = attendees;
  }
}
