package com.vianet.partnersupport.portal.security;

import com.vianet.partnersupport.core.config.Settings;
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
    SignedInCaller signedIn = SignedInCaller.in(request);
    if (signedIn != null) {
      return context.notifyContainerAboutLogin(signedIn.name(), signedIn.groups());
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

  private AuthenticationStatus bearer(
      String token,
      HttpServletRequest request,
      HttpServletResponse response,
      HttpMessageContext context) {
    Optional<TokenCaller> caller = tokens.authenticate(token);
    if (caller.isEmpty()) {
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
