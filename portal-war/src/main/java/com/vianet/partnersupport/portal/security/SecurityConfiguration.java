package com.vianet.partnersupport.portal.security;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.identitystore.DatabaseIdentityStoreDefinition;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;

/**
 * Users and roles from the database, passwords as PBKDF2 hashes checked by the container's identity
 * store; {@link PortalAuthenticationMechanism} asks it for people and for scripts.
 */
@DatabaseIdentityStoreDefinition(
    dataSourceLookup = "java:app/jdbc/partnerSupport",
    callerQuery = "SELECT password_hash FROM app_user WHERE username = ? AND active = TRUE",
    groupsQuery =
        "SELECT r.role FROM app_user_role r JOIN app_user u ON u.id = r.user_id WHERE u.username ="
            + " ?",
    hashAlgorithm = Pbkdf2PasswordHash.class)
@DeclareRoles({
  Roles.PARTNER_ADMIN,
  Roles.PARTNER_AGENT,
  Roles.VIANET_AGENT,
  Roles.MANAGER,
  Roles.COMPLIANCE
})
@ApplicationScoped
public class SecurityConfiguration {}
