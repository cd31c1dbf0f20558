package com.vianet.partnersupport.portal.security;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The portal's roles. Who has them is checked by {@link PortalAuthenticationMechanism} through the
 * sign-in guard (users, roles and password hashes in the database).
 */
@DeclareRoles({
  Roles.PARTNER_ADMIN,
  Roles.PARTNER_AGENT,
  Roles.VIANET_AGENT,
  Roles.MANAGER,
  Roles.COMPLIANCE,
  Roles.VIANET_ADMIN
})
@ApplicationScoped
public class SecurityConfiguration {}
