package com.vianet.partnersupport.portal.security;

import com.vianet.partnersupport.core.user.Action;
import com.vianet.partnersupport.portal.user.AppUser;
import com.vianet.partnersupport.portal.user.Users;
import jakarta.enterprise.context.SessionScoped;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.io.Serializable;
import java.security.Principal;
import java.util.Set;

/** The signed-in user, loaded once per session; the source of every page's partner scope. */
@Named
@SessionScoped
public class CurrentUser implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private Users users;
  @Inject private com.vianet.partnersupport.portal.i18n.LocaleSelection localeSelection;

  private Long userId;
  private String username;
  private String displayName;
  private Long partnerId;
  private String partnerName;
  private Set<String> roles = Set.of();
  private String timeZone;

  /** Set in a request once its caller was checked against the session's user. */
  private static final String CHECKED = CurrentUser.class.getName() + ".checked";

  /** Looked up on first use, again after the session moved to another server (transient). */
  private transient SecurityContext securityContext;

  /**
   * Synchronized, and the name set last: two tabs of one session load at once, and the one that
   * sees the name must see the partner and roles that go with it.
   */
  private synchronized void load() {
    // A page asks for the user dozens of times (each time shown asks for the zone): the caller is
    // checked once per request (looking the security context up each time was 8 % of the CPU).
    java.util.Map<String, Object> request = requestAttributes();
    if (username != null && request != null && request.containsKey(CHECKED)) {
      return;
    }
    Principal principal = securityContext().getCallerPrincipal();
    if (principal == null) {
      // e.g. while an error page renders: show no user rather than fail the error page too
      return;
    }
    if (request != null) {
      request.put(CHECKED, Boolean.TRUE);
    }
    if (principal.getName().equals(username)) {
      return;
    }
    AppUser user = users.byUsername(principal.getName()).orElseThrow();
    // Another person may sign in on the same session: nothing of the previous one may remain.
    userId = user.getId();
    displayName = user.getDisplayName();
    roles = user.getRoles();
    timeZone = user.getTimeZone();
    partnerId = user.getPartner() == null ? null : user.getPartner().getId();
    partnerName = user.getPartner() == null ? null : user.getPartner().getName();
    localeSelection.adoptAccountLanguage(user.getLocale());
    username = user.getUsername();
  }

  /** Partner staff see their own partner only; a partner user without a partner sees nothing. */
  public PartnerScope scope() {
    load();
    if (username == null) {
      throw new IllegalStateException("No signed-in user");
    }
    return PartnerScope.forUser(partnerId, roles);
  }

  /** Whether the matrix lets this user do the action: pages offer only what the services allow. */
  public boolean may(String action) {
    return scope().may(Action.valueOf(action));
  }

  public boolean isPartnerUser() {
    load();
    return roles.contains(Roles.PARTNER_ADMIN) || roles.contains(Roles.PARTNER_AGENT);
  }

  public Long getUserId() {
    load();
    return userId;
  }

  public String getUsername() {
    load();
    return username;
  }

  public String getDisplayName() {
    load();
    return displayName;
  }

  /** The zone the user's times are shown in; Beijing time until they choose another. */
  public java.time.ZoneId getZone() {
    load();
    return com.vianet.partnersupport.portal.i18n.ShownTimes.zoneOrDefault(timeZone);
  }

  /** Reads the account again at the next use, after the user changed it on My account. */
  public synchronized void reload() {
    username = null;
    java.util.Map<String, Object> request = requestAttributes();
    if (request != null) {
      request.remove(CHECKED);
    }
  }

  public String getPartnerName() {
    load();
    return partnerName;
  }

  /** The user as a request's history names them. */
  public com.vianet.partnersupport.portal.request.Actor actor() {
    load();
    return new com.vianet.partnersupport.portal.request.Actor(userId, displayName);
  }

  /** Defaults for a new request's contact fields. */
  public AppUser profile() {
    load();
    return users.byId(userId);
  }

  public boolean hasRole(String role) {
    return securityContext().isCallerInRole(role);
  }

  /**
   * Looked up where used, not injected: the bean moves between servers of a cluster with its
   * session, and an injected reference would not come back after the move.
   */
  private SecurityContext securityContext() {
    if (securityContext == null) {
      securityContext = CDI.current().select(SecurityContext.class).get();
    }
    return securityContext;
  }

  /** The current request's attributes (a page's), or null outside one (a REST call, a timer). */
  private static java.util.Map<String, Object> requestAttributes() {
    jakarta.faces.context.FacesContext faces =
        jakarta.faces.context.FacesContext.getCurrentInstance();
    return faces == null ? null : faces.getExternalContext().getRequestMap();
  }
}
