package com.vianet.partnersupport.portal.remediation;

import com.vianet.partnersupport.core.remediation.PlanStatus;
import java.io.Serializable;
import java.time.OffsetDateTime;

/** A row of a plan list. */
public record PlanListItem(
    Long id,
    String partnerName,
    PlanStatus status,
    OffsetDateTime createdAt,
    OffsetDateTime meetingAt,
    OffsetDateTime updatedAt)
    implements Serializable {

  public Long getId() {
    return id;
  }

  public String getPartnerName() {
    return partnerName;
  }

  public PlanStatus getStatus() {
    return status;
  }

  public OffsetDateTime getCreatedAt() {
    return createdAt;
  }

  public OffsetDateTime getMeetingAt() {
    return meetingAt;
  }

  public OffsetDateTime getUpdatedAt() {
    return updatedAt;
  }
}
