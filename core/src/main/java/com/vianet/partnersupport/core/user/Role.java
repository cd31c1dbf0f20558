package com.vianet.partnersupport.core.user;

import java.util.Arrays;
import java.util.Optional;

/** The roles of the portal; the names are the ones stored in app_user_role and used by security. */
public enum Role {
  PARTNER_ADMIN("partner-admin"),
  PARTNER_AGENT("partner-agent"),
  VIANET_AGENT("vianet-agent"),
  MANAGER("manager"),
  COMPLIANCE("compliance"),
  /** 21Vianet administrators: personal data requests, users and partners. */
  VIANET_ADMIN("vianet-admin");

  private final String roleName;

  Role(String roleName) {
    this.roleName = roleName;
  }

  public String roleName() {
    return roleName;
  }

  /** Partner roles see their own partner's data only; the others are 21Vianet staff. */
  public boolean isPartnerRole() {
    return this == PARTNER_ADMIN || this == PARTNER_AGENT;
  }

  public static Optional<Role> fromRoleName(String name) {
    return Arrays.stream(values()).filter(r -> r.roleName.equals(name)).findFirst();
  }
}
