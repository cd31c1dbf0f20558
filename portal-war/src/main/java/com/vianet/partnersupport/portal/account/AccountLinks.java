package com.vianet.partnersupport.portal.account;

import com.vianet.partnersupport.core.config.Settings;
import com.vianet.partnersupport.core.user.AccountEventKind;
import com.vianet.partnersupport.core.user.AccountLinkPurpose;
import com.vianet.partnersupport.core.user.AccountLinkTokens;
import com.vianet.partnersupport.portal.request.RequestRejectedException;
import com.vianet.partnersupport.portal.user.AppUser;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

/**
 * One-time links: issued with the change that needs them (in its transaction, so a rolled-back
 * invitation sends nothing), opened by anyone holding the secret, used once to set a password.
 */
@ApplicationScoped
@Transactional
public class AccountLinks {

  /** What the set-password page shows of a link before the password is chosen. */
  public record Holder(String username, String displayName, AccountLinkPurpose purpose) {}

  @PersistenceContext private EntityManager em;
  @Inject private AccountEvents events;

  /** A new link for this person; returns the address to send them (the only time it exists). */
  @Transactional(Transactional.TxType.MANDATORY)
  public String issue(AppUser user, AccountLinkPurpose purpose) {
    String token = AccountLinkTokens.generate();
    em.persist(new AccountLink(user, purpose, AccountLinkTokens.hash(token), now()));
    return AccountLinkTokens.url(portalUrl(), token);
  }

  /** When this person was last sent a link of this kind, to refuse a flood of reset mails. */
  @Transactional(Transactional.TxType.MANDATORY)
  public Optional<OffsetDateTime> lastIssued(AppUser user, AccountLinkPurpose purpose) {
    return Optional.ofNullable(
        em.createNamedQuery(AccountLink.LAST_CREATED, OffsetDateTime.class)
            .setParameter("user", user)
            .setParameter("purpose", purpose)
            .getSingleResult());
  }

  /** Ends every unused link of this person (deactivated, or the password was just set). */
  @Transactional(Transactional.TxType.MANDATORY)
  public void closeAll(AppUser user) {
    em.createNamedQuery(AccountLink.CLOSE_OPEN)
        .setParameter("user", user)
        .setParameter("now", now())
        .executeUpdate();
  }

  public Holder open(String token) {
    AccountLink link = usable(token, false);
    return new Holder(
        link.getUser().getUsername(), link.getUser().getDisplayName(), link.getPurpose());
  }

  /**
   * Sets the password the link was for and spends the link: a second use, an expired link or a
   * password the policy refuses changes nothing.
   */
  public String setPassword(String token, String password) {
    AccountLink link = usable(token, true);
    AppUser user = link.getUser();
    user.choosePassword(password);
    closeAll(user);
    link.use(now());
    events.record(
        null,
        user,
        link.getPurpose() == AccountLinkPurpose.INVITATION
            ? AccountEventKind.JOINED
            : AccountEventKind.PASSWORD_SET,
        null);
    return user.getUsername();
  }

  private AccountLink usable(String token, boolean lock) {
    if (token == null || token.length() > 100) {
      throw new RequestRejectedException("link.unusable");
    }
    AccountLink link =
        em.createNamedQuery(AccountLink.BY_HASH, AccountLink.class)
            .setParameter("hash", AccountLinkTokens.hash(token))
            .setLockMode(lock ? LockModeType.PESSIMISTIC_WRITE : LockModeType.NONE)
            .getResultStream()
            .findFirst()
            .orElseThrow(() -> new RequestRejectedException("link.unusable"));
    if (!link.usableAt(now())) {
      throw new RequestRejectedException("link.unusable");
    }
    return link;
  }

  static String portalUrl() {
    return Settings.fromEnvironment().portalUrl();
  }

  static OffsetDateTime now() {
    return OffsetDateTime.now(ZoneOffset.UTC);
  }
}
