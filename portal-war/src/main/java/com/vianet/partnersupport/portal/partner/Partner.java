package com.vianet.partnersupport.portal.partner;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** A cloud reseller: the tenant boundary of the portal. */
@Entity
@Table(name = "partner")
@NamedQuery(name = Partner.BY_CODE, query = "SELECT p FROM Partner p WHERE p.code = :code")
public class Partner {

  public static final String BY_CODE = "Partner.byCode";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, unique = true, length = 40)
  private String code;

  @Column(nullable = false, length = 200)
  private String name;

  @Column(name = "country_code", nullable = false, length = 2)
  private String countryCode = "CN";

  @Column(name = "created_at", nullable = false)
  private OffsetDateTime createdAt;

  /** The partner's organisation in Microsoft Entra ID: its people's organisational sign-ins. */
  @Column(name = "tenant_id", unique = true, length = 36)
  private String tenantId;

  @Column(name = "suspended_at")
  private OffsetDateTime suspendedAt;

  protected Partner() {}

  public String getTenantId() {
    return tenantId;
  }

  public void setTenantId(String tenantId) {
    this.tenantId = tenantId;
  }

  public boolean isSuspended() {
    return suspendedAt != null;
  }

  public OffsetDateTime getSuspendedAt() {
    return suspendedAt;
  }

  /** Its people cannot sign in, and open sessions end at their next request. */
  public void suspend(OffsetDateTime now) {
    this.suspendedAt = now;
  }

  public void resume() {
    this.suspendedAt = null;
  }

  public OffsetDateTime getCreatedAt() {
    return createdAt;
  }

  public Partner(String code, String name, OffsetDateTime createdAt) {
    this.code = code;
    this.name = name;
    this.createdAt = createdAt;
  }

  public Long getId() {
    return id;
  }

  public String getCode() {
    return code;
  }

  public String getName() {
    return name;
  }

  public String getCountryCode() {
    return countryCode;
  }
}
