package com.vianet.partnersupport.portal.notification;

import com.vianet.partnersupport.portal.cluster.ServerName;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

/**
 * The outbox's reads and writes, each in a transaction of its own so one bad message stops no
 * other. Every server sends from it; a claim keeps two from sending the same mail.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class Outbox {

  public static final int MAX_ATTEMPTS = 10;

  /** Long enough to send one mail, short enough that another server takes over soon. */
  static final Duration CLAIM = Duration.ofMinutes(2);

  @PersistenceContext private EntityManager em;

  public List<Long> pending(int limit) {
    return em.createNamedQuery(Notification.PENDING, Notification.class)
        .setParameter("maxAttempts", MAX_ATTEMPTS)
        .setParameter("now", OffsetDateTime.now(ZoneOffset.UTC))
        .setMaxResults(limit)
        .getResultStream()
        .map(Notification::getId)
        .toList();
  }

  /**
   * Takes the mail for this server, unless it was sent or another server's claim still runs: one
   * conditional update, so of two servers exactly one gets it.
   */
  public boolean claim(long id) {
    OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
    return em.createNativeQuery(
                "UPDATE notification SET claimed_by = ?1, claimed_until = ?2 WHERE id = ?3 AND"
                    + " sent_at IS NULL AND (claimed_until IS NULL OR claimed_until < ?4)")
            .setParameter(1, ServerName.NAME)
            .setParameter(2, now.plus(CLAIM))
            .setParameter(3, id)
            .setParameter(4, now)
            .executeUpdate()
        == 1;
  }

  public Notification find(long id) {
    return em.find(Notification.class, id);
  }

  public void markSent(long id) {
    em.find(Notification.class, id).sent(OffsetDateTime.now(ZoneOffset.UTC));
  }

  public void markFailed(long id, String error) {
    em.find(Notification.class, id).failed(error);
  }
}
