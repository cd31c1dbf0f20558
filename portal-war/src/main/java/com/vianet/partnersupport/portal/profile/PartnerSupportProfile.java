package com.vianet.partnersupport.portal.profile;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;

/** How a partner's customers reach the partner: published on each customer's service page. */
@Entity
@Table(name = "partner_support_profile")
public class PartnerSupportProfile {

  @Id
  @Column(name = "partner_id")
  private Long partnerId;

  @NotBlank @Size(max = 1000) @Column(nullable = false, length = 1000)
  private String channels;

  @NotBlank @Size(max = 200) @Column(nullable = false, length = 200)
  private String hours;

  @Column(name = "available_24x7", nullable = false)
  private boolean available24x7;

  @NotBlank @Size(max = 1000) @Column(name = "escalation_contacts", nullable = false, length = 1000)
  private String escalationContacts;

  @Column(name = "updated_at", nullable = false)
  private OffsetDateTime updatedAt;

  @Version private int version;

  protected PartnerSupportProfile() {}

  public PartnerSupportProfile(long partnerId) {
    this.partnerId = partnerId;
    this.channels = "";
    this.hours = "";
    this.escalationContacts = "";
  }

  void touch(OffsetDateTime now) {
    this.updatedAt = now;
  }

  public Long getPartnerId() {
    return partnerId;
  }

  public String getChannels() {
    return channels;
  }

  public void setChannels(String channels) {
    this.channels = channels;
  }

  public String getHours() {
    return hours;
  }

  public void setHours(String hours) {
    this.hours = hours;
  }

  public boolean isAvailable24x7() {
    return available24x7;
  }

  public void setAvailable24x7(boolean available24x7) {
    this.available24x7 = available24x7;
  }

  public String getEscalationContacts() {
    return escalationContacts;
  }

  public void setEscalationContacts(String escalationContacts) {
    this.escalationContacts = escalationContacts;
  }

  public OffsetDateTime getUpdatedAt() {
    return updatedAt;
  }

  public int getVersion() {
    return version;
  }
}
