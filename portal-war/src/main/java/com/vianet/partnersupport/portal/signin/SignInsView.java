package com.vianet.partnersupport.portal.signin;

import com.vianet.partnersupport.portal.i18n.Messages;
import com.vianet.partnersupport.portal.request.EditAttempt;
import com.vianet.partnersupport.portal.security.CurrentUser;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** The sign-in audit and the locked names, for 21Vianet administrators. */
@Named
@ViewScoped
public class SignInsView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private CurrentUser currentUser;
  @Inject private SignInAdministration administration;
  @Inject private Messages messages;

  private String username;
  private List<SignInRecord> audit = List.of();
  private List<LockedName> locked = List.of();

  @PostConstruct
  void load() {
    audit = administration.audit(currentUser.scope(), username);
    locked = administration.locked(currentUser.scope());
  }

  public void search() {
    load();
  }

  public void unlock(LockedName name) {
    if (EditAttempt.run(
        messages,
        () -> administration.unlock(currentUser.scope(), currentUser.actor(), name.usernameKey()),
        "signIns.unlocked",
        name.usernameKey())) {
      load();
    }
  }

  public String getUsername() {
    return username;
  }

  public void setUsername(String username) {
    this.username = username;
  }

  public List<SignInRecord> getAudit() {
    return audit;
  }

  public List<LockedName> getLocked() {
    return locked;
  }
}
