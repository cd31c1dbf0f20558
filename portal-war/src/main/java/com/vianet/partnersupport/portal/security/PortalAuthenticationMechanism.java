package com.vianet.partnersupport.portal.security;

import com.vianet.partnersupport.core.config.Settings;
import com.vianet.partnersupport.portal.oidc.OidcClient;
import com.vianet.partnersupport.portal.oidc.OrganisationalSignIn;
import com.vianet.partnersupport.portal.signin.ClientAddress;
import com.vianet.partnersupport.portal.signin.SignInAudit;
import com.vianet.partnersupport.portal.signin.SignInGuard;
import com.vianet.partnersupport.portal.signin.SignInResult;
import com.vianet.partnersupport.portal.token.ApiTokens;
import com.vianet.partnersupport.portal.token.TokenCaller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * One mechanism for both doors (Jakarta Security 3 allows one per application): people sign in on
 * the Faces login page and keep a session; scripts call {@code /api/*} with HTTP Basic, as Partner
 * Center scripts send their credentials with every call. A signed-in session is applied here, with
 * its roles, rather than by {@code @AutoApplySession} (see {@link SignedInCaller}).
 */
@ApplicationScoped
public class PortalAuthenticationMechanism implements HttpAuthenticationMechanism {

  /** Where a visitor was going before being sent to sign in; the login page returns them there. */
  public static final String RETURN_TO =
      PortalAuthenticationMechanism.class.getName() + ".returnTo";

  /** The {@link SignInResult} of the form's attempt, for the login page's message. */
  public static final String RESULT = PortalAuthenticationMechanism.class.getName() + ".result";

  @Inject private SignInGuard guard;
  @Inject private ApiTokens tokens;
  @Inject private AccountStatus accountStatus;
  @Inject private OidcClient oidc;
  @Inject private OrganisationalSignIn organisationalSignIn;

  private static final String OIDC_START = "/oidc/sign-in";
  private static final String OIDC_CALLBACK = "/oidc/callback";
  private static final Logger LOG = Logger.getLogger(PortalAuthenticationMechanism.class.getName());
  @Inject private CurrentUser currentUser;

  private final ClientAddress clientAddress =
      new ClientAddress(Settings.fromEnvironment().get("trusted-proxies", ""));

  @Override
  public AuthenticationStatus validateRequest(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    Credential credential = context.getAuthParameters().getCredential();
    if (credential instanceof UsernamePasswordCredential typed) {
      // The login page called SecurityContext.authenticate with what the person typed.
      SignInResult result = attempt(request, typed, SignInAudit.Channel.FORM);
      request.setAttribute(RESULT, result);
      if (!result.signedIn()) {
        return AuthenticationStatus.SEND_FAILURE;
      }
      SignedInCaller caller = new SignedInCaller(result.callerName(), result.roles());
      caller.keepIn(request);
      return context.notifyContainerAboutLogin(caller.name(), caller.groups());
    }
    String path = request.getRequestURI().substring(request.getContextPath().length());
    if (path.equals(OIDC_START) || path.equals(OIDC_CALLBACK)) {
      return organisational(path, request, context);
    }
    SignedInCaller signedIn = SignedInCaller.in(request);
    if (signedIn != null) {
      return continueSession(signedIn, request, response, context);
    }
    if (isApi(request)) {
      return api(request, response, context);
    }
    if (!context.isProtected()) {
      return context.doNothing();
    }
    if ("GET".equals(request.getMethod())) {
      String query = request.getQueryString();
      request
          .getSession()
          .setAttribute(
              RETURN_TO,
              request.getRequestURI().substring(request.getContextPath().length())
                  + (query == null ? "" : "?" + query));
    }
    return context.redirect(request.getContextPath() + "/login.xhtml");
  }

  /**
   * Organisational sign-in: off to the provider, and back with a code that becomes a session of the
   * person the ID token names, or the sign-in page saying why not.
   */
  private AuthenticationStatus organisational(
      String path, HttpServletRequest request, HttpMessageContext context) {
    String signInPage = request.getContextPath() + "/login.xhtml";
    if (!oidc.configured()) {
      return context.redirect(signInPage);
    }
    try {
      if (path.equals(OIDC_START)) {
        return context.redirect(oidc.start(request).toString());
      }
      SignInResult result =
          organisationalSignIn.signIn(
              oidc.finish(request),
              oidc.staffTenant(),
              clientAddress.of(request.getRemoteAddr(), request.getHeader("X-Forwarded-For")));
      if (!result.signedIn()) {
        return context.redirect(signInPage + "?refused=" + result.outcome().name());
      }
      Object saved = request.getSession().getAttribute(RETURN_TO);
      request.getSession().removeAttribute(RETURN_TO);
      // A new session id after sign-in, so an id planted before it is worth nothing.
      request.changeSessionId();
      new SignedInCaller(result.callerName(), result.roles()).keepIn(request);
      currentUser.reload();
      return context.redirect(request.getContextPath() + safeReturnPath(saved));
    } catch (OidcClient.SignInFailed e) {
      LOG.log(Level.WARNING, "Organisational sign-in failed: " + LogText.of(e.getMessage()), e);
      return context.redirect(signInPage + "?refused=FAILED");
    }
  }

  /** Back to the page that asked for sign-in: only a path inside the portal, never another site. */
  static String safeReturnPath(Object saved) {
    if (saved instanceof String path
        && path.startsWith("/")
        && !path.startsWith("//")
        && !path.startsWith("/login.xhtml")
        && !path.startsWith("/oidc/")
        && !path.startsWith("/jakarta.faces.resource")) {
      return path;
    }
    return "/dashboard.xhtml";
  }

  /**
   * A signed-in session goes on with the account's roles as they are now: deactivated (or its
   * partner suspended) ends it here; roles an administrator changed apply from this request.
   */
  private AuthenticationStatus continueSession(
      SignedInCaller signedIn,
      HttpServletRequest request,
      HttpServletResponse response,
      HttpMessageContext context) {
    Optional<Set<String>> roles = accountStatus.currentRoles(signedIn.name());
    if (roles.isEmpty() || roles.get().isEmpty()) {
      request.getSession().invalidate();
      if (isApi(request)) {
        ApiRefusal.write(request, response, 401, "api.unauthorized");
        return AuthenticationStatus.SEND_FAILURE;
      }
      return context.redirect(request.getContextPath() + "/login.xhtml?accessEnded=true");
    }
    if (!roles.get().equals(signedIn.groups())) {
      signedIn = new SignedInCaller(signedIn.name(), roles.get());
      signedIn.keepIn(request);
      currentUser.reload();
    }
    return context.notifyContainerAboutLogin(signedIn.name(), signedIn.groups());
  }

  private AuthenticationStatus bearer(
      String token,
      HttpServletRequest request,
      HttpServletResponse response,
      HttpMessageContext context) {
    Optional<TokenCaller> caller = tokens.authenticate(token);
    if (caller.isEmpty() || accountStatus.currentRoles(caller.get().username()).isEmpty()) {
      // Unknown, revoked, its creator deactivated, or the partner suspended.
      ApiRefusal.write(request, response, 401, "api.badToken");
      return AuthenticationStatus.SEND_FAILURE;
    }
    request.setAttribute(TokenCaller.ATTRIBUTE, caller.get());
    return context.notifyContainerAboutLogin(
        caller.get().username(), Set.of(caller.get().role().roleName()));
  }

  private AuthenticationStatus api(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    String header = request.getHeader("Authorization");
    if (header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)) {
      return bearer(header.substring(7).strip(), request, response, context);
    }
    if (header != null && header.regionMatches(true, 0, "Basic ", 0, 6)) {
      UsernamePasswordCredential credential = basic(header.substring(6).trim());
      if (credential != null) {
        SignInResult result = attempt(request, credential, SignInAudit.Channel.BASIC);
        if (result.signedIn()) {
          return context.notifyContainerAboutLogin(result.callerName(), result.roles());
        }
        if (result.outcome().refusedUnchecked()) {
          return tooManyAttempts(request, response, result);
        }
      }
    }
    if (!context.isProtected()) {
      return context.doNothing();
    }
    response.setHeader("WWW-Authenticate", "Basic realm=\"Partner Support\", charset=\"UTF-8\"");
    ApiRefusal.write(request, response, 401, "api.unauthorized");
    return AuthenticationStatus.SEND_FAILURE;
  }

  private SignInResult attempt(
      HttpServletRequest request,
      UsernamePasswordCredential credential,
      SignInAudit.Channel channel) {
    String address =
        clientAddress.of(request.getRemoteAddr(), request.getHeader("X-Forwarded-For"));
    try {
      return guard.attempt(
          credential.getCaller(), credential.getPassword().getValue(), address, channel);
    } catch (jakarta.transaction.TransactionalException
        | jakarta.persistence.PersistenceException e) {
      // The attempt's transaction rolled back whole (two first failures of one name racing for
      // its throttle row; H2 2.2's identity under concurrent inserts): nothing counted, try once
      // more rather than turn a right password away.
      return guard.attempt(
          credential.getCaller(), credential.getPassword().getValue(), address, channel);
    }
  }

  /** 429 with the time to wait, so a script backs off instead of guessing on. */
  private static AuthenticationStatus tooManyAttempts(
      HttpServletRequest request, HttpServletResponse response, SignInResult result) {
    response.setHeader("Retry-After", String.valueOf(result.minutesToWait() * 60));
    ApiRefusal.write(request, response, 429, "api.tooManyAttempts", result.minutesToWait());
    return AuthenticationStatus.SEND_FAILURE;
  }

  private static UsernamePasswordCredential basic(String encoded) {
    try {
      String decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
      int colon = decoded.indexOf(':');
      return colon <= 0
          ? null
          : new UsernamePasswordCredential(
              decoded.substring(0, colon), decoded.substring(colon + 1));
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static boolean isApi(HttpServletRequest request) {
    return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
  }
}
