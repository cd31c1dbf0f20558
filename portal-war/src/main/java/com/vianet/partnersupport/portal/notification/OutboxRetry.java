package com.vianet.partnersupport.portal.notification;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;

/**
 * Retries the outbox every minute: mails queued while the SMTP server was away go out once it is
 * back.
 */
@Singleton
public class OutboxRetry {

  @Inject private OutboxDispatcher dispatcher;

  @Schedule(hour = "*", minute = "*", persistent = false)
  void retry() {
    dispatcher.sendPending();
  }
}
