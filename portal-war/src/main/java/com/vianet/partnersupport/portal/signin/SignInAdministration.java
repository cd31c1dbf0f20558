package com.vianet.partnersupport.portal.signin;

import com.vianet.partnersupport.core.user.AccountEventKind;
import com.vianet.partnersupport.core.user.Action;
import com.vianet.partnersupport.portal.account.AccountEvents;
import com.vianet.partnersupport.portal.request.Actor;
import com.vianet.partnersupport.portal.security.PartnerScope;
import com.vianet.partnersupport.portal.user.AppUser;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;

/**
 * 21Vianet administrators read the sign-in audit and unlock a user name locked after failures (a
 * person who proved who they are by phone need not wait out the lock).
 */
@ApplicationScoped
@Transactional
public class SignInAdministration {

  static final int AUDIT_ROWS = 200;

  @PersistenceContext private EntityManager em;
  @Inject private AccountEvents events;

  /** The latest attempts, of one typed name when given (any case). */
  public List<SignInRecord> audit(@NotNull PartnerScope scope, String username) {
    scope.require(Action.MANAGE_SIGN_IN);
    boolean filtered = username != null && !username.isBlank();
    var query =
        em.createQuery(
                "SELECT NEW com.vianet.partnersupport.portal.signin.SignInRecord(a.occurredAt,"
                    + " a.username, a.clientAddress, a.channel, a.outcome) FROM SignInAudit a"
                    + (filtered ? " WHERE LOWER(a.username) = :name" : "")
                    + " ORDER BY a.occurredAt DESC, a.id DESC",
                SignInRecord.class)
            .setMaxResults(AUDIT_ROWS);
    if (filtered) {
      query.setParameter("name", username.strip().toLowerCase(Locale.ROOT));
    }
    return query.getResultList();
  }

  public List<LockedName> locked(@NotNull PartnerScope scope) {
    scope.require(Action.MANAGE_SIGN_IN);
    return em.createQuery(
            "SELECT NEW com.vianet.partnersupport.portal.signin.LockedName(t.usernameKey,"
                + " t.failures, t.lockedUntil) FROM SignInThrottleRow t WHERE t.lockedUntil > :now"
                + " ORDER BY t.lockedUntil DESC",
            LockedName.class)
        .setParameter("now", OffsetDateTime.now(ZoneOffset.UTC))
        .getResultList();
  }

  /** Forgets the name's failures: the next attempt is checked at once. */
  public void unlock(
      @NotNull PartnerScope scope, @NotNull Actor actor, @NotNull String usernameKey) {
    scope.require(Action.MANAGE_SIGN_IN);
    SignInThrottleRow row = em.find(SignInThrottleRow.class, usernameKey);
    if (row == null) {
      return;
    }
    em.remove(row);
    em.createQuery("SELECT u FROM AppUser u WHERE LOWER(u.username) = :name", AppUser.class)
        .setParameter("name", usernameKey)
        .getResultStream()
        .findFirst()
        .ifPresent(user -> events.record(actor.userId(), user, AccountEventKind.UNLOCKED, null));
  }
}
