package com.vianet.partnersupport.portal.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

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

  @Inject private IdentityStoreHandler identityStores;

  @Override
  public AuthenticationStatus validateRequest(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    Credential credential = context.getAuthParameters().getCredential();
    if (credential != null) {
      // The login page called SecurityContext.authenticate with what the person typed.
      CredentialValidationResult result = identityStores.validate(credential);
      if (result.getStatus() != CredentialValidationResult.Status.VALID) {
        return AuthenticationStatus.SEND_FAILURE;
      }
      SignedInCaller.of(result).keepIn(request);
      return context.notifyContainerAboutLogin(result);
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

  private AuthenticationStatus api(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    String header = request.getHeader("Authorization");
    if (header != null && header.regionMatches(true, 0, "Basic ", 0, 6)) {
      UsernamePasswordCredential credential = basic(header.substring(6).trim());
      if (credential != null) {
        CredentialValidationResult result = identityStores.validate(credential);
        if (result.getStatus() == CredentialValidationResult.Status.VALID) {
          return context.notifyContainerAboutLogin(result);
        }
      }
    }
    if (!context.isProtected()) {
      return context.doNothing();
    }
    response.setHeader("WWW-Authenticate", "Basic realm=\"Partner Support\", charset=\"UTF-8\"");
    return context.responseUnauthorized();
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
