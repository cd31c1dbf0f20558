package com.vianet.partnersupport.portal.cluster;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * Timer work that every server runs and that must happen once: a run takes its task's row lock
 * first, so the same task's run on another server waits until this one commits, then finds nothing
 * left to do. A plain row lock works on PostgreSQL and H2 alike and dies with its transaction.
 */
@ApplicationScoped
public class ClusterTasks {

  public static final String OVERDUE_ACTIONS = "overdue-actions";
  public static final String AGENT_ALERTS = "agent-alerts";
  public static final String NIGHTLY_WATCH = "nightly-watch";

  @PersistenceContext private EntityManager em;

  /** In the caller's transaction: waits for any other server's run of the task to end. */
  @Transactional(Transactional.TxType.MANDATORY)
  public void runAlone(String task) {
    int rows =
        em.createNativeQuery(
                "UPDATE cluster_task SET last_run_at = ?1, last_run_by = ?2 WHERE name = ?3")
            .setParameter(1, OffsetDateTime.now(ZoneOffset.UTC))
            .setParameter(2, ServerName.NAME)
            .setParameter(3, task)
            .executeUpdate();
    if (rows != 1) {
      throw new IllegalStateException("No cluster task named " + task);
    }
  }
}
