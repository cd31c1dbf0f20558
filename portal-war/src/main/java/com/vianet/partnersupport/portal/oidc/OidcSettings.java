package com.vianet.partnersupport.portal.oidc;

import com.vianet.partnersupport.core.config.Settings;
import java.util.Optional;

/**
 * The provider and the claims to read, from the portal's settings ({@code oidc.*}); none when no
 * issuer is set, and the sign-in page then offers local accounts only.
 */
public record OidcSettings(
    String issuer,
    String clientId,
    String clientSecret,
    String redirectUri,
    String tenantClaim,
    String rolesClaim,
    String nameClaim,
    String emailClaim,
    Optional<String> staffTenant) {

  public static Optional<OidcSettings> fromEnvironment() {
    Settings settings = Settings.fromEnvironment();
    return settings
        .get("oidc.issuer")
        .filter(issuer -> !issuer.isBlank())
        .map(
            issuer -> {
              return new OidcSettings(
                  issuer.strip(),
                  settings.get("oidc.client-id", "partner-support"),
                  settings.get("oidc.client-secret", ""),
                  settings.portalUrl() + "oidc/callback",
                  settings.get("oidc.tenant-claim", "tid"),
                  settings.get("oidc.roles-claim", "roles"),
                  settings.get("oidc.name-claim", "name"),
                  settings.get("oidc.email-claim", "email"),
                  settings.get("oidc.staff-tenant").filter(t -> !t.isBlank()).map(String::strip));
            });
  }
}
