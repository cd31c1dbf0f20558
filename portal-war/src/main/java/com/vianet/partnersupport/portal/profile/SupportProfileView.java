package com.vianet.partnersupport.portal.profile;

import com.vianet.partnersupport.portal.i18n.Messages;
import com.vianet.partnersupport.portal.security.CurrentUser;
import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.OptimisticLockException;
import java.io.Serializable;

/** Support profile: how the partner's customers reach it, 24×7. */
@Named
@ViewScoped
public class SupportProfileView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private CurrentUser currentUser;
  @Inject private SupportProfiles profiles;
  @Inject private Messages messages;

  private PartnerSupportProfile profile;

  @PostConstruct
  void load() {
    long partnerId = currentUser.scope().partnerId().orElseThrow();
    profile = profiles.of(partnerId).orElseGet(() -> new PartnerSupportProfile(partnerId));
  }

  public void save() {
    FacesContext context = FacesContext.getCurrentInstance();
    try {
      profile = profiles.save(currentUser.scope(), profile);
      context.addMessage(
          null, new FacesMessage(FacesMessage.SEVERITY_INFO, messages.get("profile.saved"), null));
    } catch (RuntimeException e) {
      if (!causedBy(e, OptimisticLockException.class)) {
        throw e;
      }
      context.addMessage(
          null, new FacesMessage(FacesMessage.SEVERITY_ERROR, messages.get("profile.stale"), null));
    }
  }

  private static boolean causedBy(Throwable t, Class<? extends Throwable> type) {
    for (Throwable c = t; c != null; c = c.getCause()) {
      if (type.isInstance(c)) {
        return true;
      }
    }
    return false;
  }

  public PartnerSupportProfile getProfile() {
    return profile;
  }
}
