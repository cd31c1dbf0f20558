package com.vianet.partnersupport.portal.alert;

import com.vianet.partnersupport.core.request.RequestStatus;
import com.vianet.partnersupport.core.user.Action;
import com.vianet.partnersupport.portal.cluster.ClusterTasks;
import com.vianet.partnersupport.portal.notification.Notifications;
import com.vianet.partnersupport.portal.notification.Recipient;
import com.vianet.partnersupport.portal.security.PartnerScope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * Raises the agents' alerts and reads them back. Servers raise one at a time (a cluster task) and
 * each alert is one row per (kind, request) under a unique key, so the agents on duty are mailed
 * once.
 */
@ApplicationScoped
public class AgentAlerts {

  /** A critical request older than this is no longer news (e.g. after a long outage). */
  private static final java.time.Duration NEWS = java.time.Duration.ofHours(1);

  @PersistenceContext private EntityManager em;
  @Inject private Notifications notifications;
  @Inject private ClusterTasks tasks;

  /** Finds what deserves an alert now and raises each once; the number raised. */
  @Transactional
  public int raise() {
    tasks.runAlone(ClusterTasks.AGENT_ALERTS);
    OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
    int raised =
        raise(
            AlertKind.NEW_CRITICAL,
            "SELECT r.id FROM support_request r WHERE r.severity = 'CRITICAL' AND r.created_at >="
                + " ?1 AND r.created_at <= ?2 AND r.status IN "
                + RequestStatus.onTheQueueSql(),
            now.minus(NEWS),
            now,
            now);
    raised +=
        raise(
            AlertKind.DUE_SOON_UNASSIGNED,
            "SELECT r.id FROM support_request r WHERE r.next_due_at <= ?1 AND r.next_due_at >= ?2"
                + " AND r.assigned_to IS NULL AND r.status IN "
                + RequestStatus.onTheQueueSql(),
            now.plus(AlertKind.DUE_SOON),
            now,
            now);
    return raised;
  }

  private int raise(
      AlertKind kind,
      String candidatesSql,
      OffsetDateTime first,
      OffsetDateTime second,
      OffsetDateTime now) {
    @SuppressWarnings("unchecked")
    List<Number> candidates =
        em.createNativeQuery(
                candidatesSql
                    + " AND NOT EXISTS (SELECT 1 FROM agent_alert a WHERE a.request_id = r.id AND"
                    + " a.kind = ?3)")
            .setParameter(1, first)
            .setParameter(2, second)
            .setParameter(3, kind.name())
            .getResultList();
    int raised = 0;
    for (Number requestId : candidates) {
      // Another server may have raised it a moment ago: then this insert adds nothing.
      int inserted =
          em.createNativeQuery(
                  "INSERT INTO agent_alert (kind, request_id, raised_at) SELECT ?1, ?2, ?3 WHERE"
                      + " NOT EXISTS (SELECT 1 FROM agent_alert WHERE kind = ?1 AND request_id ="
                      + " ?2)")
              .setParameter(1, kind.name())
              .setParameter(2, requestId.longValue())
              .setParameter(3, now)
              .executeUpdate();
      if (inserted == 1) {
        raised++;
        mailOnDuty(kind, requestId.longValue());
      }
    }
    return raised;
  }

  private void mailOnDuty(AlertKind kind, long requestId) {
    Object[] request =
        (Object[])
            em.createNativeQuery("SELECT request_number, title FROM support_request WHERE id = ?1")
                .setParameter(1, requestId)
                .getSingleResult();
    List<Recipient> onDuty =
        em.createQuery(
                "SELECT NEW com.vianet.partnersupport.portal.notification.Recipient(u.email,"
                    + " u.locale, u.timeZone) FROM AppUser u WHERE u.active = TRUE AND u.id IN"
                    + " (SELECT d.userId FROM OnDutyAgent d)",
                Recipient.class)
            .getResultList();
    for (Recipient agent : onDuty) {
      notifications.send(agent, "alert." + kind.name(), request[0], request[1]);
    }
  }

  /** The newest alert's id (0 when none): where a new session's feed starts. */
  @Transactional
  public long newestId(@NotNull PartnerScope scope) {
    scope.require(Action.WORK_REQUEST);
    return ((Number)
            em.createNativeQuery("SELECT COALESCE(MAX(id), 0) FROM agent_alert").getSingleResult())
        .longValue();
  }

  /** Alerts raised after the one an agent saw last (0: the last hour's), oldest first. */
  @Transactional
  public List<AgentAlert> since(@NotNull PartnerScope scope, long lastSeenId) {
    scope.require(Action.WORK_REQUEST);
    OffsetDateTime hourAgo = OffsetDateTime.now(ZoneOffset.UTC).minus(NEWS);
    List<AgentAlert> alerts = new ArrayList<>();
    for (Object row :
        em.createNativeQuery(
                "SELECT a.id, a.kind, a.request_id, r.request_number, r.title, a.raised_at FROM"
                    + " agent_alert a JOIN support_request r ON r.id = a.request_id WHERE a.id > ?1"
                    + " AND a.raised_at >= ?2 ORDER BY a.id")
            .setParameter(1, lastSeenId)
            .setParameter(2, hourAgo)
            .setMaxResults(20)
            .getResultList()) {
      Object[] r = (Object[]) row;
      alerts.add(
          new AgentAlert(
              ((Number) r[0]).longValue(),
              AlertKind.valueOf((String) r[1]),
              ((Number) r[2]).longValue(),
              (String) r[3],
              (String) r[4],
              r[5] instanceof OffsetDateTime o
                  ? o
                  : ((java.sql.Timestamp) r[5]).toInstant().atOffset(ZoneOffset.UTC)));
    }
    return alerts;
  }
}
