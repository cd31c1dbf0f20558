package com.vianet.partnersupport.portal.console;

import com.vianet.partnersupport.core.request.RequestCategory;
import com.vianet.partnersupport.core.request.RequestKind;
import com.vianet.partnersupport.core.request.RequestStatus;
import com.vianet.partnersupport.core.request.Severity;
import java.io.Serializable;
import java.time.OffsetDateTime;

/** One row of the queue as the database returns it. */
public record QueueItem(
    Long id,
    String number,
    String title,
    String partnerName,
    RequestKind kind,
    String serviceName,
    RequestCategory category,
    Severity severity,
    RequestStatus status,
    OffsetDateTime createdAt,
    OffsetDateTime firstContactAt,
    OffsetDateTime resolvedAt,
    String assigneeName)
    implements Serializable {

  public Long getId() {
    return id;
  }

  public String getNumber() {
    return number;
  }

  public String getTitle() {
    return title;
  }

  public String getPartnerName() {
    return partnerName;
  }

  public RequestKind getKind() {
    return kind;
  }

  public String getServiceName() {
    return serviceName;
  }

  public RequestCategory getCategory() {
    return category;
  }

  public Severity getSeverity() {
    return severity;
  }

  public RequestStatus getStatus() {
    return status;
  }

  public OffsetDateTime getCreatedAt() {
    return createdAt;
  }

  public String getAssigneeName() {
    return assigneeName;
  }
}
