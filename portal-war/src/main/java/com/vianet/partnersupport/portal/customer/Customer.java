package com.vianet.partnersupport.portal.customer;

import com.vianet.partnersupport.portal.partner.Partner;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** A partner's customer: one Microsoft cloud tenant operated by 21Vianet. */
@Entity
@Table(name = "customer")
public class Customer {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "partner_id")
  private Partner partner;

  @Column(nullable = false, length = 200)
  private String name;

  @Column(nullable = false, length = 253)
  private String domain;

  @Column(name = "tenant_id", nullable = false, length = 36)
  private String tenantId;

  @Column(name = "created_at", nullable = false)
  private OffsetDateTime createdAt;

  protected Customer() {}

  public Customer(
      Partner partner, String name, String domain, String tenantId, OffsetDateTime createdAt) {
    this.partner = partner;
    this.name = name;
    this.domain = domain;
    this.tenantId = tenantId;
    this.createdAt = createdAt;
  }

  public Long getId() {
    return id;
  }

  public Partner getPartner() {
    return partner;
  }

  public String getName() {
    return name;
  }

  public String getDomain() {
    return domain;
  }

  public String getTenantId() {
    return tenantId;
  }
}
