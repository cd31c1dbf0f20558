package com.vianet.partnersupport.portal.customer;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A service 21Vianet operates: Office 365, Azure, Dynamics 365, Power BI. */
@Entity
@Table(name = "cloud_service")
public class CloudService {

  @Id private Long id;

  @Column(nullable = false, unique = true, length = 30)
  private String code;

  @Column(nullable = false, length = 100)
  private String name;

  protected CloudService() {}

  public Long getId() {
    return id;
  }

  public String getCode() {
    return code;
  }

  public String getName() {
    return name;
  }
}
