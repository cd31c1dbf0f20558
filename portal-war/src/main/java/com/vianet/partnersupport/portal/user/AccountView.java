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
  @Inject private transient Messages messages;

  private String displayName;
  private String email;
  private String partnerName;
  @NotNull private String language;
  @NotNull private String timeZone;

  @PostConstruct
  void load() {
    AppUser user = currentUser.profile();
    displayName = user.getDisplayName();
    email = user.getEmail();
    partnerName = currentUser.getPartnerName();
    language = user.getLocale();
    timeZone = ShownTimes.zoneOrDefault(user.getTimeZone()).getId();
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
