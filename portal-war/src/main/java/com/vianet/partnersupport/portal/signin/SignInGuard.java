package com.vianet.partnersupport.portal.signin;

import com.vianet.partnersupport.core.user.PasswordHashes;
import com.vianet.partnersupport.core.user.SignInOutcome;
import com.vianet.partnersupport.core.user.SignInPolicy;
import com.vianet.partnersupport.core.user.SignInThrottle;
import com.vianet.partnersupport.portal.user.AppUser;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Optional;

/**
 * Checks a user name and password for the form and for HTTP Basic alike: refuses a name or address
 * that failed too often before checking anything ({@link SignInPolicy}), spends the same time on an
 * unknown name as on a wrong password, upgrades a weak stored hash, and audits every attempt. Its
 * own transaction, so the audit and the counters stay whatever the page does next.
 */
@ApplicationScoped
public class SignInGuard {

  @PersistenceContext private EntityManager em;

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public SignInResult attempt(
      String typedName, char[] password, String clientAddress, SignInAudit.Channel channel) {
    String name = typedName == null ? "" : typedName.strip();
    name = name.length() > 100 ? name.substring(0, 100) : name;
    String key = name.toLowerCase(Locale.ROOT);
    Instant now = Instant.now();
    SignInPolicy policy = em.find(SignInPolicyRow.class, SignInPolicyRow.ID).policy();
    SignInThrottleRow throttle =
        em.find(SignInThrottleRow.class, key, LockModeType.PESSIMISTIC_WRITE);
    SignInThrottle state = throttle == null ? SignInThrottle.NONE : throttle.state();
    long addressFailures =
        em.createNamedQuery(SignInAudit.ADDRESS_FAILURES, Long.class)
            .setParameter("address", clientAddress)
            .setParameter("since", time(now.minus(policy.addressWindow())))
            .getSingleResult();
    Optional<AppUser> user =
        em.createNamedQuery(AppUser.BY_USERNAME, AppUser.class)
            .setParameter("username", name)
            .getResultStream()
            .findFirst();
    Long userId = user.map(AppUser::getId).orElse(null);

    Optional<SignInOutcome> refusal = policy.refusal(state, addressFailures, now);
    if (refusal.isPresent()) {
      audit(now, name, userId, clientAddress, channel, refusal.get());
      return SignInResult.refused(refusal.get(), policy.minutesToWait(refusal.get(), state, now));
    }
    boolean valid =
        user.isPresent()
            ? user.get().checkPassword(password)
            : PasswordHashes.matchesNobody(password);
    if (!valid) {
      if (throttle == null) {
        throttle = new SignInThrottleRow(key);
        em.persist(throttle);
      }
      throttle.set(policy.afterFailure(state, now));
      audit(now, name, userId, clientAddress, channel, SignInOutcome.BAD_CREDENTIALS);
      return SignInResult.refused(SignInOutcome.BAD_CREDENTIALS, 0);
    }
    if (throttle != null) {
      em.remove(throttle);
    }
    if (user.get().getPartner() != null && user.get().getPartner().isSuspended()) {
      // The right password of a suspended partner's person: say so rather than "wrong password".
      audit(now, name, userId, clientAddress, channel, SignInOutcome.INACTIVE);
      return SignInResult.refused(SignInOutcome.INACTIVE, 0);
    }
    audit(now, name, userId, clientAddress, channel, SignInOutcome.SUCCESS);
    return SignInResult.signedIn(user.get().getUsername(), user.get().getRoles());
  }

  /** An attempt checked elsewhere (organisational sign-in), audited with the caller's change. */
  @Transactional(Transactional.TxType.MANDATORY)
  public void record(
      String name,
      Long userId,
      String address,
      SignInAudit.Channel channel,
      SignInOutcome outcome) {
    audit(
        Instant.now(),
        name.length() > 100 ? name.substring(0, 100) : name,
        userId,
        address,
        channel,
        outcome);
  }

  private void audit(
      Instant now,
      String name,
      Long userId,
      String address,
      SignInAudit.Channel channel,
      SignInOutcome outcome) {
    em.persist(new SignInAudit(time(now), name, userId, address, channel, outcome));
  }

  private static OffsetDateTime time(Instant instant) {
    return instant.atOffset(ZoneOffset.UTC);
  }
}
