package com.vianet.partnersupport.portal.console;

import com.vianet.partnersupport.core.request.RequestCategory;
import com.vianet.partnersupport.core.request.RequestKind;
import com.vianet.partnersupport.core.request.RequestStatus;
import com.vianet.partnersupport.core.request.Severity;
import java.io.Serializable;

/** The queue's filters; empty ones do not filter, and no status means every open one. */
public class QueueFilter implements Serializable {

  private static final long serialVersionUID = 1L;

  /** What was typed in the search box: a request number, or words. */
  @jakarta.validation.constraints.Size(max = 200) private String text;

  public String getText() {
    return text;
  }

  public void setText(String text) {
    this.text = text;
  }

  /** How long ago a request was submitted. */
  public enum Age {
    TODAY(0, 1),
    DAYS_1_TO_3(1, 3),
    DAYS_3_TO_7(3, 7),
    OLDER_THAN_7_DAYS(7, Integer.MAX_VALUE);

    final int fromDays;
    final int toDays;

    Age(int fromDays, int toDays) {
      this.fromDays = fromDays;
      this.toDays = toDays;
    }
  }

  private Long partnerId;
  private RequestKind kind;
  private Long serviceId;
  private RequestCategory category;
  private Severity severity;
  private RequestStatus status;
  private Age age;
  private boolean mine;
  private boolean unassigned;

  /** Only requests a target of which falls due within the hour, or already has. */
  private boolean breachingSoon;

  public static final java.time.Duration BREACHING_SOON = java.time.Duration.ofHours(1);

  public boolean isBreachingSoon() {
    return breachingSoon;
  }

  public void setBreachingSoon(boolean breachingSoon) {
    this.breachingSoon = breachingSoon;
  }

  public Long getPartnerId() {
    return partnerId;
  }

  public void setPartnerId(Long partnerId) {
    this.partnerId = partnerId;
  }

  public RequestKind getKind() {
    return kind;
  }

  public void setKind(RequestKind kind) {
    this.kind = kind;
  }

  public Long getServiceId() {
    return serviceId;
  }

  public void setServiceId(Long serviceId) {
    this.serviceId = serviceId;
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

  public RequestStatus getStatus() {
    return status;
  }

  public void setStatus(RequestStatus status) {
    this.status = status;
  }

  public Age getAge() {
    return age;
  }

  public void setAge(Age age) {
    this.age = age;
  }

  public boolean isMine() {
    return mine;
  }

  public void setMine(boolean mine) {
    this.mine = mine;
  }

  public boolean isUnassigned() {
    return unassigned;
  }

  public void setUnassigned(boolean unassigned) {
    this.unassigned = unassigned;
  }
}
