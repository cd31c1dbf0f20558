package com.vianet.partnersupport.portal.account;

import com.vianet.partnersupport.core.user.Role;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Set;

/**
 * Whom to invite: into a partner (partnerId) or 21Vianet's staff (none), with which roles, and the
 * language of the invitation mail and of their pages.
 */
public record Invitation(
    Long partnerId,
    @NotBlank @Email @Size(max = 254) String email,
    @NotBlank @Size(max = 200) String displayName,
    @NotEmpty Set<Role> roles,
    @NotNull String languageTag) {}
