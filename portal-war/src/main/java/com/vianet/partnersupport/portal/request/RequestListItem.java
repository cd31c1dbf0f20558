package com.vianet.partnersupport.portal.request;

import com.vianet.partnersupport.core.request.RequestCategory;
import com.vianet.partnersupport.core.request.RequestKind;
import com.vianet.partnersupport.core.request.RequestStatus;
import com.vianet.partnersupport.core.request.Severity;
import java.io.Serializable;
import java.time.OffsetDateTime;

/** One row of a request list: only the columns the table shows. */
public record RequestListItem(
    String number,
    String title,
    RequestCategory category,
    Severity severity,
    RequestStatus status,
    String customerName,
    OffsetDateTime createdAt,
    OffsetDateTime updatedAt,
    RequestKind kind,
    String serviceName)
    implements Serializable {
  // Expression Language 5 (Jakarta EE 10) reads JavaBean getters, not record accessors.
  public String getNumber() {
    return number;
  }

  public String getTitle() {
    return title;
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

  public String getCustomerName() {
    return customerName;
  }

  public OffsetDateTime getCreatedAt() {
    return createdAt;
  }

  public OffsetDateTime getUpdatedAt() {
    return updatedAt;
  }

  public RequestKind getKind() {
    return kind;
  }

  public String getServiceName() {
    return serviceName;
  }
}
