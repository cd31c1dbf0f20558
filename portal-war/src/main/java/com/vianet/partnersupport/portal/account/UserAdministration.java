package com.vianet.partnersupport.portal.account;

import com.vianet.partnersupport.core.user.AccountEventKind;
import com.vianet.partnersupport.core.user.AccountLinkPurpose;
import com.vianet.partnersupport.core.user.Action;
import com.vianet.partnersupport.core.user.Role;
import com.vianet.partnersupport.portal.notification.Notifications;
import com.vianet.partnersupport.portal.notification.Recipient;
import com.vianet.partnersupport.portal.partner.Partner;
import com.vianet.partnersupport.portal.request.Actor;
import com.vianet.partnersupport.portal.request.RequestRejectedException;
import com.vianet.partnersupport.portal.security.NotAllowedException;
import com.vianet.partnersupport.portal.security.PartnerScope;
import com.vianet.partnersupport.portal.token.ApiTokens;
import com.vianet.partnersupport.portal.user.AppUser;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Partner admins administer their own partner's users; 21Vianet administrators any partner's and
 * 21Vianet's staff. Every action checks the matrix and the partner; a change to an account applies
 * at the person's next request (see {@code PortalAuthenticationMechanism}).
 */
@ApplicationScoped
@Transactional
public class UserAdministration {

  static final int HISTORY_ROWS = 100;

  @PersistenceContext private EntityManager em;
  @Inject private AccountLinks links;
  @Inject private AccountEvents events;
  @Inject private Notifications notifications;
  @Inject private ApiTokens tokens;

  /** A partner's users (partnerId) or 21Vianet's staff (null), active first. */
  public List<UserRow> users(@NotNull PartnerScope scope, Long partnerId) {
    requireOver(scope, partnerId);
    var query =
        em.createQuery(
            "SELECT u FROM AppUser u WHERE "
                + (partnerId == null ? "u.partner IS NULL" : "u.partner.id = :partnerId")
                + " ORDER BY u.active DESC, u.displayName, u.id",
            AppUser.class);
    if (partnerId != null) {
      query.setParameter("partnerId", partnerId);
    }
    return query.getResultStream().map(UserRow::of).toList();
  }

  public List<AccountHistoryRow> history(@NotNull PartnerScope scope, Long partnerId) {
    requireOver(scope, partnerId);
    return events.latest(partnerId, HISTORY_ROWS);
  }

  /** Creates the account without a password and mails a link that sets it, once, within 7 days. */
  public void invite(
      @NotNull PartnerScope scope, @NotNull Actor actor, @Valid Invitation invitation) {
    requireOver(scope, invitation.partnerId());
    Partner partner =
        invitation.partnerId() == null ? null : em.find(Partner.class, invitation.partnerId());
    if (invitation.partnerId() != null && partner == null) {
      throw new RequestRejectedException("users.notFound");
    }
    requireRolesFit(invitation.roles(), partner);
    String email = invitation.email().strip().toLowerCase(Locale.ROOT);
    if (!em.createQuery("SELECT u.id FROM AppUser u WHERE LOWER(u.username) = :name")
        .setParameter("name", email)
        .getResultList()
        .isEmpty()) {
      throw new RequestRejectedException("users.taken", email);
    }
    AppUser user =
        new AppUser(
            email,
            invitation.displayName().strip(),
            email,
            partner,
            invitation.languageTag(),
            names(invitation.roles()),
            AccountLinks.now());
    em.persist(user);
    em.flush();
    String url = links.issue(user, AccountLinkPurpose.INVITATION);
    events.record(actor.userId(), user, AccountEventKind.INVITED, roleList(invitation.roles()));
    notifications.send(
        new Recipient(email, invitation.languageTag(), user.getTimeZone()),
        "invitation",
        actor.name(),
        partner == null ? "21Vianet" : partner.getName(),
        url,
        AccountLinkPurpose.INVITATION.validFor().toDays());
  }

  /** Replaces the roles; the person works with them from their next request. */
  public void changeRoles(
      @NotNull PartnerScope scope,
      @NotNull Actor actor,
      long userId,
      int version,
      @NotEmpty Set<Role> roles) {
    AppUser user = administered(scope, userId, version);
    requireRolesFit(roles, user.getPartner());
    if (user.getId().equals(actor.userId())
        && roles.stream().noneMatch(r -> r == Role.PARTNER_ADMIN || r == Role.VIANET_ADMIN)) {
      // Nobody takes their own administration away: another administrator must.
      throw new RequestRejectedException("users.notYourself");
    }
    user.replaceRoles(names(roles));
    events.record(actor.userId(), user, AccountEventKind.ROLES_CHANGED, roleList(roles));
  }

  /**
   * Ends the person's access at their next request, in open sessions and for their API tokens,
   * which are revoked; their unused links stop working.
   */
  public void deactivate(
      @NotNull PartnerScope scope, @NotNull Actor actor, long userId, int version) {
    AppUser user = administered(scope, userId, version);
    if (user.getId().equals(actor.userId())) {
      throw new RequestRejectedException("users.notYourself");
    }
    user.deactivate();
    int revoked = tokens.revokeAllCreatedBy(user.getId(), actor.userId());
    links.closeAll(user);
    events.record(
        actor.userId(),
        user,
        AccountEventKind.DEACTIVATED,
        revoked == 0 ? null : "tokens " + revoked);
  }

  public void reactivate(
      @NotNull PartnerScope scope, @NotNull Actor actor, long userId, int version) {
    AppUser user = administered(scope, userId, version);
    user.reactivate();
    events.record(actor.userId(), user, AccountEventKind.REACTIVATED, null);
  }

  /**
   * The account, locked, if this caller administers it and nobody changed it since it was shown.
   */
  private AppUser administered(PartnerScope scope, long userId, int version) {
    AppUser user = em.find(AppUser.class, userId, LockModeType.PESSIMISTIC_WRITE);
    if (user == null) {
      throw new RequestRejectedException("users.notFound");
    }
    Long partnerId = user.getPartner() == null ? null : user.getPartner().getId();
    if (partnerId != null && !scope.includes(partnerId)) {
      // Another partner's user looks exactly like no user at all.
      throw new RequestRejectedException("users.notFound");
    }
    requireOver(scope, partnerId);
    if (user.getVersion() != version) {
      throw new OptimisticLockException(user);
    }
    return user;
  }

  /** Partner users need MANAGE_PARTNER_USERS within the scope; staff need MANAGE_STAFF. */
  static void requireOver(PartnerScope scope, Long partnerId) {
    if (partnerId == null) {
      scope.require(Action.MANAGE_STAFF);
      return;
    }
    scope.require(Action.MANAGE_PARTNER_USERS);
    if (!scope.includes(partnerId)) {
      throw NotAllowedException.notYours();
    }
  }

  private static void requireRolesFit(Set<Role> roles, Partner partner) {
    if (roles.isEmpty()
        || roles.stream().anyMatch(role -> role.isPartnerRole() != (partner != null))) {
      throw new RequestRejectedException(
          partner == null ? "users.staffRoles" : "users.partnerRoles");
    }
  }

  private static Set<String> names(Set<Role> roles) {
    return roles.stream().map(Role::roleName).collect(Collectors.toSet());
  }

  private static String roleList(Set<Role> roles) {
    return roles.stream().map(Role::roleName).sorted().collect(Collectors.joining(", "));
  }
}
