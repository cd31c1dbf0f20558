package com.vianet.partnersupport.portal.user;

import com.vianet.partnersupport.portal.i18n.LocaleSelection;
import com.vianet.partnersupport.portal.i18n.Messages;
import com.vianet.partnersupport.portal.i18n.ShownTimes;
import com.vianet.partnersupport.portal.security.CurrentUser;
import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.NotNull;
import java.io.Serializable;
import java.util.Locale;

/** My account: every signed-in person's own language and time zone. Loads once. */
@Named
@ViewScoped
public class AccountView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private CurrentUser currentUser;
  @Inject private Users users;
  @Inject private LocaleSelection localeSelection;
  @Inject private Messages messages;
  @Inject private com.vianet.partnersupport.portal.account.PasswordChanges passwordChanges;

  private String displayName;
  private String email;
  private String partnerName;
  @NotNull private String language;
  @NotNull private String timeZone;
  private boolean localPassword;
  private transient String currentPassword;
  private transient String newPassword;
  private transient String confirmation;

  @PostConstruct
  void load() {
    AppUser user = currentUser.profile();
    displayName = user.getDisplayName();
    email = user.getEmail();
    partnerName = currentUser.getPartnerName();
    language = user.getLocale();
    timeZone = ShownTimes.zoneOrDefault(user.getTimeZone()).getId();
    localPassword = !user.isOrganisational();
  }

  /** A new password, the current one first; organisational accounts change it at their provider. */
  public void changePassword() {
    String current = currentPassword;
    String chosen = newPassword;
    boolean confirmed = chosen != null && chosen.equals(confirmation);
    currentPassword = null;
    newPassword = null;
    confirmation = null;
    if (!confirmed) {
      FacesContext.getCurrentInstance()
          .addMessage(
              null,
              new FacesMessage(
                  FacesMessage.SEVERITY_ERROR, messages.get("password.mismatch"), null));
      return;
    }
    com.vianet.partnersupport.portal.request.EditAttempt.run(
        messages,
        () ->
            passwordChanges.change(
                currentUser.scope(),
                currentUser.getUserId(),
                current == null ? "" : current,
                chosen),
        "account.passwordChanged");
  }

  public boolean isLocalPassword() {
    return localPassword;
  }

  public String getCurrentPassword() {
    return null;
  }

  public void setCurrentPassword(String currentPassword) {
    this.currentPassword = currentPassword;
  }

  public String getNewPassword() {
    return null;
  }

  public void setNewPassword(String newPassword) {
    this.newPassword = newPassword;
  }

  public String getConfirmation() {
    return null;
  }

  public void setConfirmation(String confirmation) {
    this.confirmation = confirmation;
  }

  public void save() {
    Locale chosen = Locale.forLanguageTag(language);
    users.choosePreferences(
        currentUser.scope(), currentUser.getUserId(), chosen, ShownTimes.zoneOrDefault(timeZone));
    currentUser.reload();
    // The pages follow at once: this very response is already in the chosen language and zone.
    localeSelection.setLanguageTag(language);
    FacesContext.getCurrentInstance()
        .addMessage(
            null,
            new FacesMessage(FacesMessage.SEVERITY_INFO, messages.get("account.saved"), null));
  }

  public String getDisplayName() {
    return displayName;
  }

  public String getEmail() {
    return email;
  }

  public String getPartnerName() {
    return partnerName;
  }

  public String getLanguage() {
    return language;
  }

  public void setLanguage(String language) {
    this.language = language;
  }

  public String getTimeZone() {
    return timeZone;
  }

  public void setTimeZone(String timeZone) {
    this.timeZone = timeZone;
  }
}
