package com.vianet.partnersupport.portal.customer;

import java.io.Serializable;

/** A customer as a pick list shows it. */
public record CustomerOption(Long id, String name, String domain, String tenantId)
    implements Serializable {

  public String getLabel() {
    return name + " (" + domain + ")";
  }

  // Expression Language 5 (Jakarta EE 10) reads JavaBean getters, not record accessors.
  public Long getId() {
    return id;
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
