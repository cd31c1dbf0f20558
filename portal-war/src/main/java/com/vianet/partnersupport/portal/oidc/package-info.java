/**
 * Organisational sign-in (OpenID Connect, Microsoft Entra ID operated by 21Vianet): the
 * authorisation code flow with PKCE through Nimbus' client, the ID token validated whole, and the
 * person matched on issuer and subject, their partner by tenant, their roles by a mapping kept as
 * data.
 */
package com.vianet.partnersupport.portal.oidc;
