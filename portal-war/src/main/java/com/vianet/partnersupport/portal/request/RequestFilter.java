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

  /** What was typed in the search box: a request number, or words. */
  @jakarta.validation.constraints.Size(max = 200) private String text;

  /** The zone the dates were picked in: a day is the viewer's day, not the server's. */
  private java.time.ZoneId zone = com.vianet.partnersupport.portal.i18n.ShownTimes.DEFAULT_ZONE;

  public java.time.ZoneId getZone() {
    return zone;
  }

  public void setZone(java.time.ZoneId zone) {
    this.zone = zone;
  }

  public String getText() {
    return text;
  }

  public void setText(String text) {
    this.text = text;
  }

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
