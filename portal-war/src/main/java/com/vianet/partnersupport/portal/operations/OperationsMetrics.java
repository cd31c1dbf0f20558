package com.vianet.partnersupport.portal.operations;

import com.vianet.partnersupport.core.jobs.JobRunHistory;
import com.vianet.partnersupport.core.request.RequestStatus;
import com.vianet.partnersupport.portal.config.DatabaseStartup;
import com.vianet.partnersupport.portal.request.RequestQueued;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import javax.sql.DataSource;
import org.eclipse.microprofile.metrics.Counter;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;

/**
 * The operators' figures at {@code /metrics} (application scope): requests submitted on this
 * server, and from the database, so every server reports the same: targets breached now, e-mails
 * waiting, and the age of the last completed nightly review.
 */
@ApplicationScoped
public class OperationsMetrics {

  @Inject private MetricRegistry registry;

  @Resource(lookup = DatabaseStartup.DATA_SOURCE)
  private DataSource dataSource;

  private Counter submitted;

  void register(@Observes @Initialized(ApplicationScoped.class) Object started) {
    submitted =
        registry.counter(
            Metadata.builder()
                .withName("partner_support_requests_submitted")
                .withDescription("Requests that reached 21Vianet's queue through this server")
                .build());
    registry.gauge(
        Metadata.builder()
            .withName("partner_support_targets_breached")
            .withDescription("Requests on the queue whose nearer response target has passed")
            .build(),
        this,
        OperationsMetrics::targetsBreached);
    registry.gauge(
        Metadata.builder()
            .withName("partner_support_emails_waiting")
            .withDescription("E-mails in the outbox not sent yet (and not given up)")
            .build(),
        this,
        OperationsMetrics::emailsWaiting);
    registry.gauge(
        Metadata.builder()
            .withName("partner_support_nightly_review_age_seconds")
            .withDescription("Seconds since the last completed nightly review ended (-1: none)")
            .build(),
        this,
        OperationsMetrics::nightlyReviewAge);
  }

  void countSubmitted(@Observes(during = TransactionPhase.AFTER_SUCCESS) RequestQueued request) {
    if (submitted != null) {
      submitted.inc();
    }
  }

  long targetsBreached() {
    return count(
        "SELECT COUNT(*) FROM support_request WHERE next_due_at < ? AND status IN "
            + RequestStatus.onTheQueueSql(),
        Timestamp.from(Instant.now()));
  }

  long nightlyReviewAge() {
    return NightlyReviewState.secondsSince(
        JobRunHistory.lastCompletedEnd(dataSource), Instant.now());
  }

  long emailsWaiting() {
    return count(
        "SELECT COUNT(*) FROM notification WHERE sent_at IS NULL AND attempts < ?",
        com.vianet.partnersupport.portal.notification.Outbox.MAX_ATTEMPTS);
  }

  private long count(String sql, Object parameter) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement query = c.prepareStatement(sql)) {
      query.setObject(1, parameter);
      try (ResultSet rs = query.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot read the figures for the metrics", e);
    }
  }
}
