package com.vianet.partnersupport.portal.privacy;

import com.vianet.partnersupport.portal.i18n.Messages;
import com.vianet.partnersupport.portal.security.CurrentUser;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/** Administration › Personal data: a person's data exported or erased on their request. */
@Named
@ViewScoped
public class PersonalDataView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private CurrentUser currentUser;
  @Inject private PersonalData personalData;
  @Inject private Messages messages;

  @NotBlank @Email private String email;

  public StreamedContent export() {
    byte[] json =
        personalData
            .export(currentUser.scope(), currentUser.actor(), email)
            .getBytes(StandardCharsets.UTF_8);
    return DefaultStreamedContent.builder()
        .name("personal-data.json")
        .contentType("application/json")
        .contentLength((long) json.length)
        .stream(() -> new ByteArrayInputStream(json))
        .build();
  }

  public void erase() {
    int changed = personalData.erase(currentUser.scope(), currentUser.actor(), email);
    FacesContext.getCurrentInstance()
        .addMessage(
            null,
            new FacesMessage(
                FacesMessage.SEVERITY_INFO, messages.get("privacy.erased", changed), null));
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }
}
