package com.vianet.partnersupport.portal.operations;

import com.vianet.partnersupport.core.clock.Beijing;
import com.vianet.partnersupport.core.config.Settings;
import com.vianet.partnersupport.core.jobs.JobRunHistory;
import com.vianet.partnersupport.portal.cluster.ClusterTasks;
import com.vianet.partnersupport.portal.config.DatabaseStartup;
import com.vianet.partnersupport.portal.notification.Notifications;
import com.vianet.partnersupport.portal.notification.Recipient;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import javax.sql.DataSource;

/**
 * Watches last night's review: whether it completed, failed, or is late against {@code
 * review.deadline} (Beijing time, 06:00 by default), for the health check, the metrics and the
 * operators' mail.
 */
@ApplicationScoped
public class NightlyReviewWatch {

  @Resource(lookup = DatabaseStartup.DATA_SOURCE)
  private DataSource dataSource;

  @PersistenceContext private EntityManager em;
  @Inject private ClusterTasks tasks;
  @Inject private Notifications notifications;

  private final LocalTime deadline =
      LocalTime.parse(Settings.fromEnvironment().get("review.deadline", "06:00"));

  public NightlyReviewState state(Instant now) {
    LocalDate date = NightlyReviewState.expectedDate(now, Beijing.ZONE);
    return NightlyReviewState.of(
        JobRunHistory.lastStatusOf(dataSource, date), now, deadline, Beijing.ZONE);
  }

  /** Seconds since the last completed run ended; -1 when none has. */
  public long secondsSinceLastCompleted(Instant now) {
    return NightlyReviewState.secondsSince(JobRunHistory.lastCompletedEnd(dataSource), now);
  }

  /**
   * Mails the operators (table operator_contact) when last night's review failed or is late, once
   * per kind and date across the servers; the number of mails queued.
   */
  @Transactional
  public int tellOperators(Instant now) {
    tasks.runAlone(ClusterTasks.NIGHTLY_WATCH);
    NightlyReviewState state = state(now);
    if (!state.needsOperators()) {
      return 0;
    }
    LocalDate date = NightlyReviewState.expectedDate(now, Beijing.ZONE);
    int raised =
        em.createNativeQuery(
                "INSERT INTO operator_alert (kind, business_date, raised_at) SELECT ?1, ?2, ?3"
                    + " WHERE NOT EXISTS (SELECT 1 FROM operator_alert WHERE kind = ?1 AND"
                    + " business_date = ?2)")
            .setParameter(1, state.name())
            .setParameter(2, date)
            .setParameter(3, OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
            .executeUpdate();
    if (raised == 0) {
      return 0;
    }
    @SuppressWarnings("unchecked")
    List<Object[]> operators =
        em.createNativeQuery("SELECT email, locale FROM operator_contact ORDER BY email")
            .getResultList();
    for (Object[] operator : operators) {
      notifications.send(
          new Recipient((String) operator[0], (String) operator[1], Beijing.ZONE.getId()),
          "nightly." + state.name(),
          date.toString(),
          deadline.toString());
    }
    return operators.size();
  }
}
