package com.vianet.partnersupport.portal.request;

import com.vianet.partnersupport.core.request.ContactMethod;
import com.vianet.partnersupport.core.request.RequestCategory;
import com.vianet.partnersupport.core.request.Severity;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.UUID;

/**
 * What a partner fills in for a new request. The same constraints check the form field by field and
 * the service again before anything is stored.
 */
public class RequestDraft implements Serializable {

  private static final long serialVersionUID = 1L;

  @NotNull private RequestCategory category;
  private Long problemTypeId;

  @NotBlank @Size(max = 200) private String title;

  @NotBlank @Size(max = 10_000) private String description;

  @NotNull private Severity severity;

  private Long customerId;
  private Long subscriptionId;

  @NotBlank @Size(max = 200) private String contactName;

  @NotBlank @Email @Size(max = 254) private String contactEmail;

  @Size(max = 40) @Pattern(regexp = "[+0-9 ()\\-]*", message = "{request.phone.pattern}")
  private String contactPhone;

  @NotNull private ContactMethod preferredContact = ContactMethod.EMAIL;

  @NotBlank @Size(max = 40) private String timeZone = "Asia/Shanghai";

  @NotBlank @Pattern(regexp = "en|it|zh-CN", message = "{request.language.pattern}") private String language = "zh-CN";

  /** Made when the form opens; a second submission of the same form finds the first request. */
  @NotBlank @Size(max = 36) private String submissionToken = UUID.randomUUID().toString();

  /**
   * The signed-in user's profile as the default contact: name, e-mail, phone, time zone, language.
   */
  public void fillContactFrom(com.vianet.partnersupport.portal.user.AppUser user) {
    contactName = user.getDisplayName();
    contactEmail = user.getEmail();
    contactPhone = user.getPhone();
    timeZone = user.getTimeZone();
    language =
        switch (user.getLocale()) {
          case "it" -> "it";
          case "en" -> "en";
          default -> "zh-CN";
        };
  }

  @AssertTrue(message = "{request.phone.required}") public boolean isPhoneGivenWhenPreferred() {
    return preferredContact != ContactMethod.PHONE
        || (contactPhone != null && !contactPhone.isBlank());
  }

  @AssertTrue(message = "{request.timeZone.invalid}") public boolean isTimeZoneValid() {
    try {
      return timeZone == null || ZoneId.of(timeZone) != null;
    } catch (DateTimeException e) {
      return false;
    }
  }

  public RequestCategory getCategory() {
    return category;
  }

  public void setCategory(RequestCategory category) {
    this.category = category;
  }

  public Long getProblemTypeId() {
    return problemTypeId;
  }

  public void setProblemTypeId(Long problemTypeId) {
    this.problemTypeId = problemTypeId;
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public String getDescription() {
    return description;
  }

  public void setDescription(String description) {
    this.description = description;
  }

  public Severity getSeverity() {
    return severity;
  }

  public void setSeverity(Severity severity) {
    this.severity = severity;
  }

  public Long getCustomerId() {
    return customerId;
  }

  public void setCustomerId(Long customerId) {
    this.customerId = customerId;
  }

  public Long getSubscriptionId() {
    return subscriptionId;
  }

  public void setSubscriptionId(Long subscriptionId) {
    this.subscriptionId = subscriptionId;
  }

  public String getContactName() {
    return contactName;
  }

  public void setContactName(String contactName) {
    this.contactName = contactName;
  }

  public String getContactEmail() {
    return contactEmail;
  }

  public void setContactEmail(String contactEmail) {
    this.contactEmail = contactEmail;
  }

  public String getContactPhone() {
    return contactPhone;
  }

  public void setContactPhone(String contactPhone) {
    this.contactPhone = contactPhone;
  }

  public ContactMethod getPreferredContact() {
    return preferredContact;
  }

  public void setPreferredContact(ContactMethod preferredContact) {
    this.preferredContact = preferredContact;
  }

  public String getTimeZone() {
    return timeZone;
  }

  public void setTimeZone(String timeZone) {
    this.timeZone = timeZone;
  }

  public String getLanguage() {
    return language;
  }

  public void setLanguage(String language) {
    this.language = language;
  }

  public String getSubmissionToken() {
    return submissionToken;
  }

  public void setSubmissionToken(String submissionToken) {
    this.submissionToken = submissionToken;
  }
}
