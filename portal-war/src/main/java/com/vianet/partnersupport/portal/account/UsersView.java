package com.vianet.partnersupport.portal.account;

import com.vianet.partnersupport.core.user.Role;
import com.vianet.partnersupport.portal.i18n.Messages;
import com.vianet.partnersupport.portal.request.EditAttempt;
import com.vianet.partnersupport.portal.security.CurrentUser;
import com.vianet.partnersupport.portal.security.PartnerScope;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Users: a partner admin's own partner's people; a 21Vianet administrator's chosen partner's, or
 * 21Vianet's staff. Invite, change roles, deactivate and reactivate; the history below. Loads on
 * open and after each change, never from a getter.
 */
@Named
@ViewScoped
public class UsersView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private CurrentUser currentUser;
  @Inject private UserAdministration administration;
  @Inject private PartnerAdministration partners;
  @Inject private Messages messages;

  /** The 21Vianet administrator's choice: a partner's id, or none for 21Vianet's staff. */
  private Long partner;

  private List<UserRow> users = List.of();
  private List<AccountHistoryRow> history = List.of();
  private List<PartnerRow> partnerChoices = List.of();
  private UserRow selected;
  private List<String> selectedRoles = new ArrayList<>();

  private String inviteEmail;
  private String inviteName;
  private List<String> inviteRoles = new ArrayList<>();
  private String inviteLanguage = "en";

  /** f:viewAction. */
  public void load() {
    PartnerScope scope = currentUser.scope();
    if (scope.partnerId().isPresent()) {
      partner = scope.partnerId().get();
    } else {
      partnerChoices = partners.partners(scope);
    }
    refresh();
  }

  private void refresh() {
    PartnerScope scope = currentUser.scope();
    users = administration.users(scope, partner);
    history = administration.history(scope, partner);
    selected = null;
  }

  public void invite() {
    Set<Role> roles = roles(inviteRoles);
    if (EditAttempt.run(
        messages,
        () ->
            administration.invite(
                currentUser.scope(),
                currentUser.actor(),
                new Invitation(partner, inviteEmail, inviteName, roles, inviteLanguage)),
        "users.invited",
        inviteEmail)) {
      inviteEmail = null;
      inviteName = null;
      inviteRoles = new ArrayList<>();
      refresh();
    }
  }

  public void select(UserRow row) {
    selected = row;
    selectedRoles = new ArrayList<>(row.roles());
  }

  public void saveRoles() {
    UserRow row = selected;
    Set<Role> roles = roles(selectedRoles);
    if (EditAttempt.run(
        messages,
        () ->
            administration.changeRoles(
                currentUser.scope(), currentUser.actor(), row.id(), row.version(), roles),
        "users.rolesSaved",
        row.displayName())) {
      refresh();
    }
  }

  public void deactivate() {
    UserRow row = selected;
    if (EditAttempt.run(
        messages,
        () ->
            administration.deactivate(
                currentUser.scope(), currentUser.actor(), row.id(), row.version()),
        "users.deactivated",
        row.displayName())) {
      refresh();
    }
  }

  public void reactivate() {
    UserRow row = selected;
    if (EditAttempt.run(
        messages,
        () ->
            administration.reactivate(
                currentUser.scope(), currentUser.actor(), row.id(), row.version()),
        "users.reactivated",
        row.displayName())) {
      refresh();
    }
  }

  /** The roles this page can give: partner roles to a partner's people, staff roles to staff. */
  public List<String> getRoleChoices() {
    return Arrays.stream(Role.values())
        .filter(role -> role.isPartnerRole() == (partner != null))
        .map(Role::roleName)
        .toList();
  }

  private static Set<Role> roles(List<String> names) {
    return names.stream()
        .map(Role::fromRoleName)
        .flatMap(java.util.Optional::stream)
        .collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));
  }

  public boolean isStaff() {
    return partner == null;
  }

  public Long getPartner() {
    return partner;
  }

  public void setPartner(Long partner) {
    this.partner = partner;
  }

  public List<UserRow> getUsers() {
    return users;
  }

  public List<AccountHistoryRow> getHistory() {
    return history;
  }

  public List<PartnerRow> getPartnerChoices() {
    return partnerChoices;
  }

  public UserRow getSelected() {
    return selected;
  }

  public List<String> getSelectedRoles() {
    return selectedRoles;
  }

  public void setSelectedRoles(List<String> selectedRoles) {
    this.selectedRoles = selectedRoles;
  }

  public String getInviteEmail() {
    return inviteEmail;
  }

  public void setInviteEmail(String inviteEmail) {
    this.inviteEmail = inviteEmail;
  }

  public String getInviteName() {
    return inviteName;
  }

  public void setInviteName(String inviteName) {
    this.inviteName = inviteName;
  }

  public List<String> getInviteRoles() {
    return inviteRoles;
  }

  public void setInviteRoles(List<String> inviteRoles) {
    this.inviteRoles = inviteRoles;
  }

  public String getInviteLanguage() {
    return inviteLanguage;
  }

  public void setInviteLanguage(String inviteLanguage) {
    this.inviteLanguage = inviteLanguage;
  }
}
