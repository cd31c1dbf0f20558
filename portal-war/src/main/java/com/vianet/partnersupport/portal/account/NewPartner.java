package com.vianet.partnersupport.portal.account;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A partner to create: a short code, its name, and the tenant id of its organisation in Microsoft
 * Entra ID (a GUID), so its people's organisational sign-ins find it.
 */
public record NewPartner(
    @NotBlank @Pattern(regexp = "[A-Z0-9_-]{2,40}", message = "{partners.codePattern}") String code,
    @NotBlank @Size(max = 200) String name,
    @Pattern(
            regexp = "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}",
            message = "{partners.tenantPattern}")
        String tenantId) {}
