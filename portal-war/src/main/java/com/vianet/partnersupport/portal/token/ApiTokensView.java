package com.vianet.partnersupport.portal.token;

import com.vianet.partnersupport.core.user.Role;
import com.vianet.partnersupport.portal.i18n.Messages;
import com.vianet.partnersupport.portal.security.CurrentUser;
import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.List;

/** The profile page's API tokens: a partner admin creates one (seen once) and revokes them. */
@Named
@ViewScoped
public class ApiTokensView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private CurrentUser currentUser;
  @Inject private ApiTokens tokens;
  @Inject private Messages messages;

  @NotBlank @Size(max = 100) private String name;

  @NotNull private Role role = Role.PARTNER_AGENT;
  private String created;
  private List<ApiToken> list;

  @PostConstruct
  void load() {
    list = currentUser.may("MANAGE_API_TOKENS") ? tokens.list(currentUser.scope()) : List.of();
  }

  public void create() {
    created = tokens.create(currentUser.scope(), currentUser.actor(), name, role);
    name = null;
    load();
    say("token.created");
  }

  public void revoke(ApiToken token) {
    tokens.revoke(currentUser.scope(), currentUser.actor(), token.getId());
    created = null;
    load();
    say("token.revoked");
  }

  private void say(String key) {
    FacesContext.getCurrentInstance()
        .addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, messages.get(key), null));
  }

  public List<Role> getRoles() {
    return List.of(Role.PARTNER_ADMIN, Role.PARTNER_AGENT);
  }

  public List<ApiToken> getList() {
    return list;
  }

  /** The token just created: shown on this page once, never stored. */
  public String getCreated() {
    return created;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public Role getRole() {
    return role;
  }

  public void setRole(Role role) {
    this.role = role;
  }
}
