package com.vianet.partnersupport.portal.console;

import com.vianet.partnersupport.core.request.ContactMethod;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDateTime;

/** The contact-log form; the time is read in the agent's own zone (My account). */
public class ContactDraft implements Serializable {

  private static final long serialVersionUID = 1L;

  @NotNull private ContactMethod method = ContactMethod.EMAIL;
  @NotNull private LocalDateTime contactedAt;

  @NotBlank @Size(max = 4000) private String summary;

  /** The zone the time was typed in: the person's own (My account). */
  @NotNull private java.time.ZoneId zone = com.vianet.partnersupport.portal.i18n.ShownTimes.DEFAULT_ZONE;

  public java.time.ZoneId getZone() {
    return zone;
  }

  public void setZone(java.time.ZoneId zone) {
    this.zone = zone;
  }

  /** The contact's instant. */
  public java.time.OffsetDateTime instant() {
    return com.vianet.partnersupport.portal.i18n.ShownTimes.typed(contactedAt, zone);
  }

  public ContactMethod getMethod() {
    return method;
  }

  public void setMethod(ContactMethod method) {
    this.method = method;
  }

  public LocalDateTime getContactedAt() {
    return contactedAt;
  }

  public void setContactedAt(LocalDateTime contactedAt) {
    this.contactedAt = contactedAt;
  }

  public String getSummary() {
    return summary;
  }

  public void setSummary(String summary) {
    this.summary = summary;
  }
}
