package com.vianet.partnersupport.portal.security;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.authentication.mechanism.http.CustomFormAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.LoginToContinue;
import jakarta.security.enterprise.identitystore.DatabaseIdentityStoreDefinition;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;

/**
 * Form login on our own Faces page, users and roles from the database, passwords as PBKDF2 hashes
 * checked by the container's identity store.
 */
@CustomFormAuthenticationMechanismDefinition(
    loginToContinue = @LoginToContinue(loginPage = "/login.xhtml", errorPage = "", useForwardToLogin = false))
@DatabaseIdentityStoreDefinition(
    dataSourceLookup = "java:app/jdbc/partnerSupport",
    callerQuery = "SELECT password_hash FROM app_user WHERE username = ? AND active = TRUE",
    groupsQuery =
        "SELECT r.role FROM app_user_role r JOIN app_user u ON u.id = r.user_id WHERE u.username = ?",
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
