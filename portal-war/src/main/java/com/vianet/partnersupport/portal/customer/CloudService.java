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

  /** The service's admin center for one customer: {tenantId} and {domain} are filled in. */
  @Column(name = "admin_center_url", length = 500)
  private String adminCenterUrl;

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

  /** The admin center of this service for a customer; null when the service names none. */
  public String adminCenterFor(String tenantId, String domain) {
    if (adminCenterUrl == null) {
      return null;
    }
    return adminCenterUrl
        .replace("{tenantId}", encode(tenantId))
        .replace("{domain}", encode(domain));
  }

  private static String encode(String value) {
    return java.net.URLEncoder.encode(
        value == null ? "" : value, java.nio.charset.StandardCharsets.UTF_8);
  }
}
