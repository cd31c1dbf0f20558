package com.vianet.partnersupport.portal.token;

import com.vianet.partnersupport.core.user.Role;
import java.io.Serializable;

/** Who a presented API token acts for: its partner, one partner role, and the admin who made it. */
public record TokenCaller(
    long tokenId, long partnerId, long userId, String username, String displayName, Role role)
    implements Serializable {

  /** The request attribute the authentication mechanism leaves it in for the API's resources. */
  public static final String ATTRIBUTE = TokenCaller.class.getName();

  public TokenCaller(
      Long tokenId,
      Long partnerId,
      Long userId,
      String username,
      String displayName,
      String roleName) {
    this(
        tokenId,
        partnerId,
        userId,
        username,
        displayName,
        Role.fromRoleName(roleName).orElseThrow());
  }
}
