package com.vianet.partnersupport.portal.oidc;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.oauth2.sdk.AuthorizationCode;
import com.nimbusds.oauth2.sdk.AuthorizationCodeGrant;
import com.nimbusds.oauth2.sdk.ResponseType;
import com.nimbusds.oauth2.sdk.Scope;
import com.nimbusds.oauth2.sdk.TokenRequest;
import com.nimbusds.oauth2.sdk.auth.ClientSecretBasic;
import com.nimbusds.oauth2.sdk.auth.Secret;
import com.nimbusds.oauth2.sdk.id.ClientID;
import com.nimbusds.oauth2.sdk.id.Issuer;
import com.nimbusds.oauth2.sdk.id.State;
import com.nimbusds.oauth2.sdk.pkce.CodeChallengeMethod;
import com.nimbusds.oauth2.sdk.pkce.CodeVerifier;
import com.nimbusds.openid.connect.sdk.AuthenticationErrorResponse;
import com.nimbusds.openid.connect.sdk.AuthenticationRequest;
import com.nimbusds.openid.connect.sdk.AuthenticationResponse;
import com.nimbusds.openid.connect.sdk.AuthenticationResponseParser;
import com.nimbusds.openid.connect.sdk.Nonce;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponse;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponseParser;
import com.nimbusds.openid.connect.sdk.op.OIDCProviderMetadata;
import com.nimbusds.openid.connect.sdk.validators.IDTokenValidator;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.net.URI;
import java.util.List;
import java.util.Optional;

/**
 * The portal as an OpenID Connect client, with Nimbus doing the protocol: discovery (once), the
 * authorisation request with state, nonce and PKCE (S256), the code exchange authenticated with the
 * client secret, and the ID token's validation: signature against the provider's published keys,
 * issuer, audience, expiry and nonce.
 */
@ApplicationScoped
public class OidcClient {

  /** Why a callback was not accepted; never shown raw to the person. */
  public static final class SignInFailed extends Exception {
    private static final long serialVersionUID = 1L;

    SignInFailed(String message, Throwable cause) {
      super(message, cause);
    }
  }

  private final Optional<OidcSettings> settings = OidcSettings.fromEnvironment();
  private volatile OIDCProviderMetadata provider;
  private volatile IDTokenValidator validator;

  public boolean configured() {
    return settings.isPresent();
  }

  public Optional<String> staffTenant() {
    return settings.flatMap(OidcSettings::staffTenant);
  }

  /** The provider's authorisation address for a new sign-in; its secrets wait in the session. */
  public URI start(HttpServletRequest request) throws SignInFailed {
    OidcSettings oidc = settings.orElseThrow();
    State state = new State();
    Nonce nonce = new Nonce();
    CodeVerifier verifier = new CodeVerifier();
    URI authorisation =
        new AuthenticationRequest.Builder(
                ResponseType.CODE,
                new Scope("openid", "profile", "email"),
                new ClientID(oidc.clientId()),
                URI.create(oidc.redirectUri()))
            .endpointURI(provider().getAuthorizationEndpointURI())
            .state(state)
            .nonce(nonce)
            .codeChallenge(verifier, CodeChallengeMethod.S256)
            .build()
            .toURI();
    request
        .getSession()
        .setAttribute(
            PendingSignIn.KEY,
            new PendingSignIn(state.getValue(), nonce.getValue(), verifier.getValue()));
    return authorisation;
  }

  /** The provider's return: checked against this session's pending sign-in, which it spends. */
  public OrganisationalIdentity finish(HttpServletRequest request) throws SignInFailed {
    HttpSession session = request.getSession(false);
    PendingSignIn pending =
        session == null ? null : (PendingSignIn) session.getAttribute(PendingSignIn.KEY);
    if (session != null) {
      session.removeAttribute(PendingSignIn.KEY);
    }
    String query = request.getQueryString();
    return finish(
        URI.create(settings.orElseThrow().redirectUri() + (query == null ? "" : "?" + query)),
        pending);
  }

  /** Checks the callback against the pending sign-in and returns who signed in. */
  private OrganisationalIdentity finish(URI callback, PendingSignIn pending) throws SignInFailed {
    OidcSettings oidc = settings.orElseThrow();
    try {
      AuthenticationResponse response = AuthenticationResponseParser.parse(callback);
      if (pending == null || !new State(pending.state()).equals(response.getState())) {
        throw new SignInFailed("The callback's state is not this session's sign-in", null);
      }
      if (response instanceof AuthenticationErrorResponse error) {
        throw new SignInFailed("The provider refused: " + error.getErrorObject(), null);
      }
      AuthorizationCode code = response.toSuccessResponse().getAuthorizationCode();
      TokenRequest request =
          new TokenRequest(
              provider().getTokenEndpointURI(),
              new ClientSecretBasic(new ClientID(oidc.clientId()), new Secret(oidc.clientSecret())),
              new AuthorizationCodeGrant(
                  code, URI.create(oidc.redirectUri()), new CodeVerifier(pending.codeVerifier())));
      var tokenResponse = OIDCTokenResponseParser.parse(request.toHTTPRequest().send());
      if (!tokenResponse.indicatesSuccess()) {
        throw new SignInFailed(
            "The token request failed: " + tokenResponse.toErrorResponse().getErrorObject(), null);
      }
      var idToken =
          ((OIDCTokenResponse) tokenResponse.toSuccessResponse()).getOIDCTokens().getIDToken();
      var claims = validator().validate(idToken, new Nonce(pending.nonce()));
      JWTClaimsSet all = idToken.getJWTClaimsSet();
      return new OrganisationalIdentity(
          claims.getIssuer().getValue(),
          claims.getSubject().getValue(),
          all.getStringClaim(oidc.tenantClaim()),
          stringList(all, oidc.rolesClaim()),
          all.getStringClaim(oidc.nameClaim()),
          all.getStringClaim(oidc.emailClaim()));
    } catch (SignInFailed e) {
      throw e;
    } catch (Exception e) {
      throw new SignInFailed("The sign-in could not be completed: " + e.getMessage(), e);
    }
  }

  private static List<String> stringList(JWTClaimsSet claims, String name)
      throws java.text.ParseException {
    Object value = claims.getClaim(name);
    if (value instanceof String single) {
      return List.of(single);
    }
    List<String> list = claims.getStringListClaim(name);
    return list == null ? List.of() : list;
  }

  private OIDCProviderMetadata provider() throws SignInFailed {
    OIDCProviderMetadata known = provider;
    if (known == null) {
      try {
        known = OIDCProviderMetadata.resolve(new Issuer(settings.orElseThrow().issuer()));
      } catch (Exception e) {
        throw new SignInFailed("The provider's discovery document could not be read", e);
      }
      provider = known;
    }
    return known;
  }

  private IDTokenValidator validator() throws SignInFailed {
    IDTokenValidator known = validator;
    if (known == null) {
      OIDCProviderMetadata metadata = provider();
      try {
        known =
            new IDTokenValidator(
                metadata.getIssuer(),
                new ClientID(settings.orElseThrow().clientId()),
                JWSAlgorithm.RS256,
                metadata.getJWKSetURI().toURL());
      } catch (java.net.MalformedURLException e) {
        throw new SignInFailed("The provider's key set address is not valid", e);
      }
      validator = known;
    }
    return known;
  }
}
