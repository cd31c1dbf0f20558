package com.vianet.partnersupport.portal.account;

import com.vianet.partnersupport.portal.i18n.Messages;
import com.vianet.partnersupport.portal.request.RequestRejectedException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;

/**
 * The page a one-time link opens (invitation, password reset, first administrator): says whose
 * account it is, then takes the new password twice. Loads once.
 */
@Named
@ViewScoped
public class SetPasswordView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private AccountLinks links;
  @Inject private Messages messages;

  private String token;
  private AccountLinks.Holder holder;
  private transient String password;
  private transient String confirmation;

  /** f:viewAction: the link's holder, or a message that it no longer works. */
  public void load() {
    try {
      holder = links.open(token);
    } catch (RequestRejectedException e) {
      error(e.messageKey());
    }
  }

  public void save() throws IOException {
    if (password == null || !password.equals(confirmation)) {
      error("password.mismatch");
      return;
    }
    try {
      links.setPassword(token, password);
    } catch (RequestRejectedException e) {
      FacesContext.getCurrentInstance()
          .addMessage(
              null,
              new FacesMessage(
                  FacesMessage.SEVERITY_ERROR, messages.get(e.messageKey(), e.arguments()), null));
      return;
    } finally {
      password = null;
      confirmation = null;
    }
    var external = FacesContext.getCurrentInstance().getExternalContext();
    external.redirect(external.getRequestContextPath() + "/login.xhtml?passwordSet=true");
  }

  private void error(String key) {
    FacesContext.getCurrentInstance()
        .addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, messages.get(key), null));
  }

  public String getToken() {
    return token;
  }

  public void setToken(String token) {
    this.token = token;
  }

  public AccountLinks.Holder getHolder() {
    return holder;
  }

  public String getPassword() {
    return null;
  }

  public void setPassword(String password) {
    this.password = password;
  }

  public String getConfirmation() {
    return null;
  }

  public void setConfirmation(String confirmation) {
    this.confirmation = confirmation;
  }
}
