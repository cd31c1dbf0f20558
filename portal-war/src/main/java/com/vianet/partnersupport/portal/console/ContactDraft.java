package com.vianet.partnersupport.portal.console;

import com.vianet.partnersupport.core.request.ContactMethod;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDateTime;

/** The contact-log form; the time is Beijing time, as agents work in it. */
public class ContactDraft implements Serializable {

  private static final long serialVersionUID = 1L;

  @NotNull private ContactMethod method = ContactMethod.EMAIL;
  @NotNull private LocalDateTime contactedAt;

  @NotBlank @Size(max = 4000) private String summary;

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
