package com.vianet.partnersupport.portal.testing;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.util.ArrayList;
import java.util.List;

/**
 * GreenMail in the test JVM, on the port the server under test was told to send to. Used only by
 * client-side test methods; never deployed.
 */
public final class MailServer {

  /** One received e-mail, reduced to what tests check. */
  public record Mail(String to, String subject, String body) {}

  private static GreenMail greenMail;

  private MailServer() {}

  public static synchronized void start() {
    if (greenMail == null) {
      int port = Integer.parseInt(System.getProperty("test.smtp.port", "39025"));
      greenMail = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
      greenMail.start();
    }
  }

  /**
   * Waits until at least {@code count} mails arrived (or the timeout passed), then returns them
   * all.
   */
  public static synchronized List<Mail> awaitAtLeast(int count, long timeoutMillis)
      throws MessagingException {
    greenMail.waitForIncomingEmail(timeoutMillis, count);
    List<Mail> mails = new ArrayList<>();
    for (MimeMessage message : greenMail.getReceivedMessages()) {
      mails.add(
          new Mail(
              message.getAllRecipients()[0].toString(),
              message.getSubject(),
              com.icegreen.greenmail.util.GreenMailUtil.getBody(message)));
    }
    return mails;
  }

  /**
   * Waits until the mails arrived so far satisfy {@code expected} (or the timeout passed), then
   * returns them all: other mails (alerts to the agents on duty) may arrive in any number
   * meanwhile.
   */
  public static List<Mail> awaitUntil(
      java.util.function.Predicate<List<Mail>> expected, long timeoutMillis)
      throws MessagingException, InterruptedException {
    long deadline = System.currentTimeMillis() + timeoutMillis;
    List<Mail> mails = awaitAtLeast(0, 0);
    while (!expected.test(mails) && System.currentTimeMillis() < deadline) {
      Thread.sleep(250);
      mails = awaitAtLeast(0, 0);
    }
    return mails;
  }

  public static synchronized void stop() {
    if (greenMail != null) {
      greenMail.stop();
      greenMail = null;
    }
  }
}
