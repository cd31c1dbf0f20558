package com.vianet.partnersupport.portal.request;

import com.vianet.partnersupport.core.request.RequestCategory;
import com.vianet.partnersupport.core.request.RequestKind;
import com.vianet.partnersupport.core.request.RequestStatus;
import com.vianet.partnersupport.core.request.Severity;
import java.io.Serializable;
import java.time.LocalDate;

/** The filters above a request list; empty fields do not filter. */
public class RequestFilter implements Serializable {

  private static final long serialVersionUID = 1L;

  private RequestKind kind;

  /** Only requests about customers: escalations and deflected cases (when no kind is chosen). */
  private boolean customerKinds;

  private Long customerId;
  private Long serviceId;
  private RequestStatus status;
  private RequestCategory category;
  private Severity severity;
  private LocalDate createdFrom;
  private LocalDate createdTo;

  public RequestKind getKind() {
    return kind;
  }

  public void setKind(RequestKind kind) {
    this.kind = kind;
  }

  public boolean isCustomerKinds() {
    return customerKinds;
  }

  public void setCustomerKinds(boolean customerKinds) {
    this.customerKinds = customerKinds;
  }

  public Long getCustomerId() {
    return customerId;
  }

  public void setCustomerId(Long customerId) {
    this.customerId = customerId;
  }

  public Long getServiceId() {
    return serviceId;
  }

  public void setServiceId(Long serviceId) {
    this.serviceId = serviceId;
  }

  public RequestStatus getStatus() {
    return status;
  }

  public void setStatus(RequestStatus status) {
    this.status = status;
  }

  public RequestCategory getCategory() {
    return category;
  }

  public void setCategory(RequestCategory category) {
    this.category = category;
  }

  public Severity getSeverity() {
    return severity;
  }

  public void setSeverity(Severity severity) {
    this.severity = severity;
  }

  public LocalDate getCreatedFrom() {
    return createdFrom;
  }

  public void setCreatedFrom(LocalDate createdFrom) {
    this.createdFrom = createdFrom;
  }

  public LocalDate getCreatedTo() {
    return createdTo;
  }

  public void setCreatedTo(LocalDate createdTo) {
    this.createdTo = createdTo;
  }
}
