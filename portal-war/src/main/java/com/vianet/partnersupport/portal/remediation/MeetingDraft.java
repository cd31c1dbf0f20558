package com.vianet.partnersupport.portal.remediation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDateTime;

/** The meeting form: when (in the zone of the person typing it) and who attends. */
public class MeetingDraft implements Serializable {

  private static final long serialVersionUID = 1L;

  @NotNull private LocalDateTime at;

  @NotBlank @Size(max = 1000) private String attendees;

  /** The zone the time was typed in: the person's own (My account). */
  @NotNull private java.time.ZoneId zone = com.vianet.partnersupport.portal.i18n.ShownTimes.DEFAULT_ZONE;

  public java.time.ZoneId getZone() {
    return zone;
  }

  public void setZone(java.time.ZoneId zone) {
    this.zone = zone;
  }

  /** The meeting's instant. */
  public java.time.OffsetDateTime instant() {
    return com.vianet.partnersupport.portal.i18n.ShownTimes.typed(at, zone);
  }

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
