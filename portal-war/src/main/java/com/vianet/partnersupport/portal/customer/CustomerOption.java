package com.vianet.partnersupport.portal.customer;

import java.io.Serializable;

/** A customer as a pick list shows it. */
public record CustomerOption(Long id, String name, String domain, String tenantId) implements Serializable {

  public String getLabel() {
    return name + " (" + domain + ")";
  }
}
