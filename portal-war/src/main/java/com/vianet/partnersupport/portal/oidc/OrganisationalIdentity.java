package com.vianet.partnersupport.portal.oidc;

import java.util.List;

/** What a validated ID token says of the person. */
public record OrganisationalIdentity(
    String issuer,
    String subject,
    String tenantId,
    List<String> roleClaims,
    String displayName,
    String email) {}
