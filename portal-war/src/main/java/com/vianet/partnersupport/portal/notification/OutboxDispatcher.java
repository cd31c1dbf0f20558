package com.vianet.partnersupport.portal.notification;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.mail.Authenticator;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Sends the outbox by SMTP: after each committing change, and again every minute ({@link
 * OutboxRetry}) for what failed. Plain-text mails, so nothing a partner typed can become markup.
 */
@ApplicationScoped
public class OutboxDispatcher {

  private static final Logger LOG = Logger.getLogger(OutboxDispatcher.class.getName());

  @Inject private Outbox outbox;

  @Resource private ManagedExecutorService executor;

  // One sender at a time in this server (the claims keep servers apart): overlapping runs would
  // only
  // compete for the same claims.
  private final ReentrantLock sending = new ReentrantLock();

  void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) NotificationQueued event) {
    executor.execute(this::sendPending);
  }

  public void sendPending() {
    MailSettings settings = MailSettings.fromEnvironment();
    if (settings.host().isEmpty() || !sending.tryLock()) {
      return;
    }
    try {
      Session session = session(settings);
      List<Long> ids;
      while (!(ids = outbox.pending(50)).isEmpty()) {
        int failures = 0;
        for (long id : ids) {
          if (outbox.claim(id)) {
            failures += send(session, settings, id) ? 0 : 1;
          }
        }
        if (failures > 0) {
          return; // the server is unwell: leave the rest for the next run
        }
      }
    } finally {
      sending.unlock();
    }
  }

  private boolean send(Session session, MailSettings settings, long id) {
    Notification notification = outbox.find(id);
    try {
      MimeMessage message = new MimeMessage(session);
      message.setFrom(new InternetAddress(settings.from()));
      message.setRecipients(
          MimeMessage.RecipientType.TO, InternetAddress.parse(notification.getRecipient()));
      message.setSubject(notification.getSubject(), StandardCharsets.UTF_8.name());
      message.setText(notification.getBody(), StandardCharsets.UTF_8.name());
      message.setSentDate(new Date());
      Transport.send(message);
      outbox.markSent(id);
      return true;
    } catch (MessagingException | RuntimeException e) {
      LOG.log(Level.WARNING, "Notification {0} not sent: {1}", new Object[] {id, e.getMessage()});
      outbox.markFailed(id, e.getMessage());
      return false;
    }
  }

  private static Session session(MailSettings settings) {
    if (settings.username().isEmpty()) {
      return Session.getInstance(settings.sessionProperties());
    }
    return Session.getInstance(
        settings.sessionProperties(),
        new Authenticator() {
          @Override
          protected PasswordAuthentication getPasswordAuthentication() {
            return new PasswordAuthentication(settings.username().get(), settings.password());
          }
        });
  }
}
