package com.vianet.partnersupport.portal.operations;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.logging.Logger;

/** Every five minutes, on every server: tells the operators when last night's review needs them. */
@Singleton
public class NightlyReviewCheck {

  private static final Logger LOG = Logger.getLogger(NightlyReviewCheck.class.getName());

  @Inject private NightlyReviewWatch watch;

  @Schedule(hour = "*", minute = "*/5", persistent = false)
  void check() {
    int mailed = watch.tellOperators(Instant.now());
    if (mailed > 0) {
      LOG.warning(() -> "The nightly review needs attention: " + mailed + " operator(s) mailed");
    }
  }
}
