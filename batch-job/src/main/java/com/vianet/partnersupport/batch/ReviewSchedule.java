package com.vianet.partnersupport.batch;

import com.vianet.partnersupport.core.config.Settings;
import com.vianet.partnersupport.reports.IsoWeek;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.concurrent.Callable;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.springframework.scheduling.support.CronExpression;

/** Stays up and runs the review every night at {@code review.cron} (Beijing time). */
final class ReviewSchedule {

  private static final Logger LOG = Logger.getLogger(ReviewSchedule.class.getName());

  private ReviewSchedule() {}

  static void run(Settings settings, Callable<Integer> review) throws InterruptedException {
    CronExpression cron = CronExpression.parse(settings.get("review.cron", "0 0 2 * * *"));
    while (!Thread.currentThread().isInterrupted()) {
      ZonedDateTime now = ZonedDateTime.now(IsoWeek.BEIJING);
      ZonedDateTime next = cron.next(now);
      LOG.info(() -> "Next nightly review at " + next);
      Thread.sleep(Math.max(0, Duration.between(now, next).toMillis()));
      try {
        LOG.info("Nightly review finished with exit code " + review.call());
      } catch (Exception e) {
        LOG.log(Level.SEVERE, "Nightly review failed", e);
      }
    }
  }
}
