package com.vianet.partnersupport.portal.account;

import com.vianet.partnersupport.core.user.AccountEventKind;
import com.vianet.partnersupport.core.user.Action;
import com.vianet.partnersupport.portal.request.RequestRejectedException;
import com.vianet.partnersupport.portal.security.PartnerScope;
import com.vianet.partnersupport.portal.user.AppUser;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;

/**
 * The signed-in person changes their own password on My account: the current one first, so a
 * session left open on a shared computer cannot take the account from its owner.
 */
@ApplicationScoped
@Transactional
public class PasswordChanges {

  @PersistenceContext private EntityManager em;
  @Inject private AccountEvents events;
  @Inject private AccountLinks links;

  public void change(
      @NotNull PartnerScope scope,
      long ownUserId,
      @NotNull String current,
      @NotNull String chosen) {
    scope.require(Action.EDIT_OWN_ACCOUNT);
    AppUser user = em.find(AppUser.class, ownUserId, LockModeType.PESSIMISTIC_WRITE);
    if (user == null || user.isOrganisational()) {
      throw new RequestRejectedException("account.passwordOrganisational");
    }
    if (!user.checkPassword(current.toCharArray())) {
      throw new RequestRejectedException("account.passwordWrong");
    }
    user.choosePassword(chosen);
    // A reset link mailed earlier would undo the change: it stops working.
    links.closeAll(user);
    events.record(user.getId(), user, AccountEventKind.PASSWORD_CHANGED, null);
  }
}
