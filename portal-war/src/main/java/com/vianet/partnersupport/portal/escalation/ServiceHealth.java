package com.vianet.partnersupport.portal.escalation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** The current health of one service, as its administrators see it. */
@Entity
@Table(name = "service_health")
public class ServiceHealth {

  @Id
  @Column(name = "service_id")
  private Long serviceId;

  @Column(nullable = false, length = 20)
  private String status;

  @Column(nullable = false, length = 1000)
  private String message;

  @Column(name = "updated_at", nullable = false)
  private OffsetDateTime updatedAt;

  protected ServiceHealth() {}

  public Long getServiceId() {
    return serviceId;
  }

  public String getStatus() {
    return status;
  }

  public String getMessage() {
    return message;
  }

  public OffsetDateTime getUpdatedAt() {
    return updatedAt;
  }
}
