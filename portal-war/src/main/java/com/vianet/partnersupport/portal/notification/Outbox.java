package com.vianet.partnersupport.portal.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

/**
 * The outbox's reads and writes, each in a transaction of its own so one bad message stops no
 * other.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class Outbox {

  static final int MAX_ATTEMPTS = 10;

  @PersistenceContext private EntityManager em;

  public List<Long> pending(int limit) {
    return em.createNamedQuery(Notification.PENDING, Notification.class)
        .setParameter("maxAttempts", MAX_ATTEMPTS)
        .setMaxResults(limit)
        .getResultStream()
        .map(Notification::getId)
        .toList();
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
