package com.vianet.partnersupport.portal.account;

import com.vianet.partnersupport.portal.user.AppUser;
import java.io.Serializable;
import java.util.List;

/** A user as the administration page lists them. */
public record UserRow(
    long id,
    String username,
    String displayName,
    String email,
    List<String> roles,
    boolean active,
    boolean organisational,
    boolean invitationPending,
    int version)
    implements Serializable {

  static UserRow of(AppUser user) {
    return new UserRow(
        user.getId(),
        user.getUsername(),
        user.getDisplayName(),
        user.getEmail(),
        user.getRoles().stream().sorted().toList(),
        user.isActive(),
        user.isOrganisational(),
        !user.hasPassword() && !user.isOrganisational(),
        user.getVersion());
  }
}
