package com.vianet.partnersupport.portal.notification;

import com.vianet.partnersupport.core.user.PersonalDataMarks;
import com.vianet.partnersupport.portal.i18n.Messages;
import com.vianet.partnersupport.portal.i18n.ShownTimes;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * Queues e-mails in the caller's transaction, written in the recipient's language from the portal's
 * bundles; {@link OutboxDispatcher} sends them once that transaction has committed.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class Notifications {

  @PersistenceContext private EntityManager em;

  @Inject private Event<NotificationQueued> queued;

  public void send(Recipient to, String key, Object... arguments) {
    if (PersonalDataMarks.isErased(to.email())) {
      // An erased contact (personal data removed on request or by retention): nobody to write to.
      return;
    }
    Locale locale = Locale.forLanguageTag(to.languageTag() == null ? "en" : to.languageTag());
    ResourceBundle bundle = Messages.bundle(locale);
    Object[] localized = arguments.clone();
    for (int i = 0; i < localized.length; i++) {
      if (localized[i] instanceof BundleText text) {
        localized[i] = bundle.getString(text.key());
      } else if (localized[i] instanceof OffsetDateTime
          || localized[i] instanceof java.time.Instant) {
        // An instant reads in the recipient's zone, named, as a page shows it to them.
        localized[i] =
            ShownTimes.formatWithZone(
                localized[i], ShownTimes.zoneOrDefault(to.timeZone()), locale);
      }
    }
    String subject = Messages.format(locale, "mail." + key + ".subject", localized);
    String body =
        Messages.format(locale, "mail." + key + ".body", localized)
            + "\n\n"
            + bundle.getString("mail.footer");
    em.persist(new Notification(to.email(), subject, body, OffsetDateTime.now(ZoneOffset.UTC)));
    queued.fire(new NotificationQueued());
  }

  /** The active partner admins of a partner: the people a remediation plan concerns. */
  public List<Recipient> partnerAdmins(long partnerId) {
    return em.createQuery(
            "SELECT NEW com.vianet.partnersupport.portal.notification.Recipient(u.email, u.locale,"
                + " u.timeZone)"
                + " FROM AppUser u JOIN u.roles r WHERE u.partner.id = :partnerId AND u.active ="
                + " TRUE AND r = 'partner-admin' ORDER BY u.id",
            Recipient.class)
        .setParameter("partnerId", partnerId)
        .getResultList();
  }
}
