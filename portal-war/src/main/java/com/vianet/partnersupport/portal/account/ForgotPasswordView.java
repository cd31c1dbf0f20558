package com.vianet.partnersupport.portal.account;

import com.vianet.partnersupport.portal.i18n.Messages;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.Serializable;

/** "Forgot password": the same answer whatever was typed, so it reveals no account. */
@Named
@ViewScoped
public class ForgotPasswordView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private PasswordResets resets;
  @Inject private Messages messages;

  @NotBlank @Size(max = 254) private String name;

  private boolean sent;

  public void send() {
    resets.request(name);
    sent = true;
    FacesContext.getCurrentInstance()
        .addMessage(
            null, new FacesMessage(FacesMessage.SEVERITY_INFO, messages.get("forgot.sent"), null));
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public boolean isSent() {
    return sent;
  }
}
