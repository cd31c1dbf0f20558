package com.vianet.partnersupport.portal.security;

import static jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters.withParams;

import com.vianet.partnersupport.portal.i18n.Messages;
import com.vianet.partnersupport.portal.signin.SignInResult;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.io.Serializable;
import java.util.logging.Logger;

/** The sign-in page: hands the typed credentials to the container's authentication mechanism. */
@Named
@ViewScoped
public class LoginView implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final Logger LOG = Logger.getLogger(LoginView.class.getName());

  @Inject private Messages messages;
  @Inject private com.vianet.partnersupport.portal.oidc.OidcClient oidc;

  @NotBlank @Size(max = 100) private String username;

  // Kept only until the sign-in attempt; never logged.
  @NotBlank @Size(max = 200) private transient String password;

  public void signIn() throws IOException {
    ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
    AuthenticationStatus status =
        securityContext()
            .authenticate(
                (HttpServletRequest) external.getRequest(),
                (HttpServletResponse) external.getResponse(),
                withParams().credential(new UsernamePasswordCredential(username.trim(), password)));
    password = null;
    switch (status) {
      case SEND_CONTINUE -> FacesContext.getCurrentInstance().responseComplete();
      case SUCCESS -> {
        LOG.info(() -> "User " + LogText.of(username) + " signed in");
        // A new session id after sign-in, so an id planted before it is worth nothing.
        ((HttpServletRequest) external.getRequest()).changeSessionId();
        external.redirect(external.getRequestContextPath() + returnTo(external));
      }
      default -> {
        SignInResult result =
            (SignInResult) external.getRequestMap().get(PortalAuthenticationMechanism.RESULT);
        LOG.info(
            () ->
                "Sign-in refused for user name "
                    + LogText.of(username)
                    + ": "
                    + (result == null ? "failed" : result.outcome()));
        String text =
            result == null
                ? messages.get("login.failed")
                : messages.get(result.messageKey(), result.minutesToWait());
        FacesContext.getCurrentInstance()
            .addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
      }
    }
  }

  private static String returnTo(ExternalContext external) {
    return PortalAuthenticationMechanism.safeReturnPath(
        external.getSessionMap().remove(PortalAuthenticationMechanism.RETURN_TO));
  }

  /** Whether the sign-in page offers the organisation's account (a provider is configured). */
  public boolean isOrganisationalSignIn() {
    return oidc.configured();
  }

  /**
   * Why an organisational sign-in was refused (the page's parameter names the outcome), in the same
   * words as a refused password sign-in.
   */
  public String getRefusalMessage() {
    String given =
        FacesContext.getCurrentInstance()
            .getExternalContext()
            .getRequestParameterMap()
            .get("refused");
    return java.util.stream.Stream.of(
            com.vianet.partnersupport.core.user.SignInOutcome.UNKNOWN_TENANT,
            com.vianet.partnersupport.core.user.SignInOutcome.NO_ROLE,
            com.vianet.partnersupport.core.user.SignInOutcome.INACTIVE)
        .filter(outcome -> outcome.name().equals(given))
        .findFirst()
        .map(outcome -> messages.get(SignInResult.refused(outcome, 0).messageKey()))
        .orElseGet(() -> messages.get("login.organisationFailed"));
  }

  public String getUsername() {
    return username;
  }

  public void setUsername(String username) {
    this.username = username;
  }

  public String getPassword() {
    return null;
  }

  public void setPassword(String password) {
    this.password = password;
  }

  /**
   * Looked up where used, not injected: the bean moves between servers of a cluster with its
   * session, and an injected reference would not come back after the move.
   */
  private static SecurityContext securityContext() {
    return CDI.current().select(SecurityContext.class).get();
  }
}
