package com.vianet.partnersupport.portal.security;

/** Role names as annotations need them: compile-time constants matching core's Role enum. */
public final class Roles {
  public static final String PARTNER_ADMIN = "partner-admin";
  public static final String PARTNER_AGENT = "partner-agent";
  public static final String VIANET_AGENT = "vianet-agent";
  public static final String MANAGER = "manager";
  public static final String COMPLIANCE = "compliance";
  public static final String VIANET_ADMIN = "vianet-admin";

  private Roles() {}
}
