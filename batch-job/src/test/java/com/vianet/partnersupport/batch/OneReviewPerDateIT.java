package com.vianet.partnersupport.batch;

import static org.assertj.core.api.Assertions.assertThat;

import com.vianet.partnersupport.batch.ReviewRuns.Outcome;
import com.vianet.partnersupport.batch.review.NightlyReviewJobConfiguration;
import com.vianet.partnersupport.core.config.Settings;
import com.vianet.partnersupport.core.demo.DemoData;
import com.vianet.partnersupport.core.schema.SchemaMigration;
import com.vianet.partnersupport.core.testing.Sql;
import com.vianet.partnersupport.core.testing.ThrowawayPostgres;
import java.nio.file.Files;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;

/** Schedulers on several nodes, and a person running the date by hand, on one PostgreSQL. */
class OneReviewPerDateIT {

  private static final LocalDate DATE = LocalDate.of(2026, 11, 18);

  @Test
  void twoSchedulersReviewADateOnceAndLeaveItAloneOnceCompletedWhileAManualRunStartsAnew()
      throws Exception {
    try (ThrowawayPostgres postgres = ThrowawayPostgres.create()) {
      Settings settings =
          Settings.of(
              Files.createTempDirectory("ps-one-run"),
              Map.of(
                  "db.url", postgres.settings().url(),
                  "db.user", postgres.settings().user(),
                  "db.password", postgres.settings().password()));
      try (AnnotationConfigApplicationContext node1 =
              NightlyReviewJobConfiguration.context(settings);
          AnnotationConfigApplicationContext node2 =
              NightlyReviewJobConfiguration.context(settings)) {
        DataSource dataSource = node1.getBean(DataSource.class);
        SchemaMigration.migrate(dataSource);
        DemoData.loadIfEmpty(dataSource, Instant.parse("2026-11-25T08:00:00Z"));

        // Someone holds the date (a manual run on another machine): neither kind of run starts.
        try (DateLock elsewhere = DateLock.tryAcquire(dataSource, DATE).orElseThrow()) {
          assertThat(ReviewRuns.review(node1, DATE, true)).isEqualTo(Outcome.RUNNING_ELSEWHERE);
          assertThat(ReviewRuns.review(node2, DATE, false)).isEqualTo(Outcome.RUNNING_ELSEWHERE);
          assertThat(DateLock.tryAcquire(dataSource, DATE)).isEmpty();
          assertThat(DateLock.tryAcquire(dataSource, DATE.plusDays(1))).isPresent();
        }
        assertThat(executions(dataSource)).isZero();

        // Both nodes' schedulers wake at once: one reviews the date, the other starts nothing.
        ExecutorService nodes = Executors.newFixedThreadPool(2);
        try {
          List<Future<Outcome>> outcomes =
              nodes.invokeAll(
                  List.<Callable<Outcome>>of(
                      () -> ReviewRuns.review(node1, DATE, true),
                      () -> ReviewRuns.review(node2, DATE, true)));
          assertThat(List.of(outcomes.get(0).get(), outcomes.get(1).get()))
              .containsOnlyOnce(Outcome.COMPLETED)
              .containsAnyOf(Outcome.RUNNING_ELSEWHERE, Outcome.ALREADY_COMPLETED);
        } finally {
          nodes.shutdown();
        }
        assertThat(executions(dataSource)).isEqualTo(1);

        // The next wake-up of either leaves the completed date alone; a person's run is attempt 2.
        assertThat(ReviewRuns.review(node2, DATE, true)).isEqualTo(Outcome.ALREADY_COMPLETED);
        assertThat(executions(dataSource)).isEqualTo(1);
        assertThat(ReviewRuns.review(node2, DATE, false)).isEqualTo(Outcome.COMPLETED);
        assertThat(executions(dataSource)).isEqualTo(2);
      }
    }
  }

  private static long executions(DataSource dataSource) throws Exception {
    return Sql.count(dataSource, "SELECT COUNT(*) FROM batch_job_execution");
  }
}
