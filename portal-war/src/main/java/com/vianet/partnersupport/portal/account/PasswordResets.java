package com.vianet.partnersupport.portal.account;

import com.vianet.partnersupport.core.user.AccountEventKind;
import com.vianet.partnersupport.core.user.AccountLinkPurpose;
import com.vianet.partnersupport.portal.notification.Notifications;
import com.vianet.partnersupport.portal.notification.Recipient;
import com.vianet.partnersupport.portal.user.AppUser;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.util.Locale;

/**
 * "Forgot password": mails a link valid for an hour to an active local account named by its user
 * name or e-mail. The page answers the same whether or not such an account exists, so it tells
 * nobody which addresses have accounts; one mail per account per few minutes at most.
 */
@ApplicationScoped
@Transactional
public class PasswordResets {

  static final Duration MIN_INTERVAL = Duration.ofMinutes(5);

  @PersistenceContext private EntityManager em;
  @Inject private AccountLinks links;
  @Inject private AccountEvents events;
  @Inject private Notifications notifications;

  public void request(String usernameOrEmail) {
    if (usernameOrEmail == null || usernameOrEmail.isBlank() || usernameOrEmail.length() > 254) {
      return;
    }
    String typed = usernameOrEmail.strip().toLowerCase(Locale.ROOT);
    for (AppUser user :
        em.createQuery(
                "SELECT u FROM AppUser u WHERE (LOWER(u.username) = :typed OR LOWER(u.email) ="
                    + " :typed) AND u.active = TRUE AND u.oidcSubject IS NULL",
                AppUser.class)
            .setParameter("typed", typed)
            .setMaxResults(5)
            .getResultList()) {
      boolean recent =
          links
              .lastIssued(user, AccountLinkPurpose.PASSWORD_RESET)
              .filter(last -> last.isAfter(AccountLinks.now().minus(MIN_INTERVAL)))
              .isPresent();
      if (recent || (user.getPartner() != null && user.getPartner().isSuspended())) {
        continue;
      }
      String url = links.issue(user, AccountLinkPurpose.PASSWORD_RESET);
      events.record(null, user, AccountEventKind.PASSWORD_RESET_SENT, null);
      notifications.send(
          new Recipient(user.getEmail(), user.getLocale(), user.getTimeZone()),
          "passwordReset",
          user.getDisplayName(),
          user.getUsername(),
          url,
          AccountLinkPurpose.PASSWORD_RESET.validFor().toMinutes());
    }
  }
}
