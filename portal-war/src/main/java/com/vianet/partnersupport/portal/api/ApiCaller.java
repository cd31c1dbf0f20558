package com.vianet.partnersupport.portal.api;

import com.vianet.partnersupport.portal.request.Actor;
import com.vianet.partnersupport.portal.security.PartnerScope;
import com.vianet.partnersupport.portal.token.TokenCaller;
import com.vianet.partnersupport.portal.user.AppUser;
import com.vianet.partnersupport.portal.user.Users;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Set;

/**
 * Who calls the API, for this request only: the API keeps no session. A token acts for its partner
 * with its one role (in the name of the admin who made it); HTTP Basic and a signed-in browser act
 * as the user with all their roles.
 */
@RequestScoped
public class ApiCaller {

  @Inject private SecurityContext securityContext;
  @Inject private HttpServletRequest request;
  @Inject private Users users;

  private AppUser user;
  private PartnerScope scope;

  private void load() {
    if (user != null) {
      return;
    }
    user = users.byUsername(securityContext.getCallerPrincipal().getName()).orElseThrow();
    Long partnerId = user.getPartner() == null ? null : user.getPartner().getId();
    scope =
        request.getAttribute(TokenCaller.ATTRIBUTE) instanceof TokenCaller token
            ? PartnerScope.partnerStaff(token.partnerId(), Set.of(token.role()))
            : PartnerScope.forUser(partnerId, user.getRoles());
  }

  public PartnerScope scope() {
    load();
    return scope;
  }

  public Actor actor() {
    load();
    return new Actor(user.getId(), user.getDisplayName());
  }

  /** The user's profile: contact defaults, language and time zone of new requests. */
  public AppUser profile() {
    load();
    return user;
  }
}
