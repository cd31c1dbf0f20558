package com.vianet.partnersupport.browser;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;

/**
 * The outside parties of the accounts tests, on the ports the test domain was told of (see the
 * pom): an OpenID provider (mock-oauth2-server, issuer {@code /entra}) and an SMTP server
 * (GreenMail). Started once per test JVM and never restarted, so the portal's cached provider keys
 * stay valid across test classes and reruns.
 */
final class TestProviders {

  static final String ISSUER_ID = "entra";
  static final String CLIENT_ID = "partner-support";

  private static MockOAuth2Server provider;
  private static GreenMail mail;

  private TestProviders() {}

  static synchronized void start() {
    if (provider == null) {
      provider = new MockOAuth2Server();
      provider.start(18090);
      mail = new GreenMail(new ServerSetup(18025, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
      mail.start();
    }
  }

  /** The subjects of every mail received so far, one entry per mail. */
  static List<String> mailSubjects() throws Exception {
    List<String> subjects = new java.util.ArrayList<>();
    for (MimeMessage message : mail.getReceivedMessages()) {
      subjects.add(message.getSubject());
    }
    return subjects;
  }

  /** The next organisational sign-in is this person of this tenant, with these role claims. */
  static void nextSignIn(
      String subject, String tenant, List<String> roles, String name, String email) {
    provider.enqueueCallback(
        new DefaultOAuth2TokenCallback(
            ISSUER_ID,
            subject,
            "JWT",
            List.of(CLIENT_ID),
            Map.of("tid", tenant, "roles", roles, "name", name, "email", email),
            3600));
  }

  /** The one-time link of the latest mail to this address, waiting for it to arrive. */
  static String linkMailedTo(String address, String subjectPart) throws Exception {
    long deadline = System.currentTimeMillis() + 60_000;
    Pattern link =
        Pattern.compile(
            "(http://localhost:18080/partner-support/set-password\\.xhtml\\?token=[A-Za-z0-9_-]{43})");
    while (System.currentTimeMillis() < deadline) {
      MimeMessage[] received = mail.getReceivedMessages();
      for (int i = received.length - 1; i >= 0; i--) {
        MimeMessage message = received[i];
        if (message.getAllRecipients()[0].toString().equals(address)
            && message.getSubject().contains(subjectPart)) {
          Object content = message.getContent();
          Matcher found =
              link.matcher(content instanceof String text ? text : GreenMailUtil.getBody(message));
          if (found.find()) {
            return found.group(1);
          }
        }
      }
      Thread.sleep(250);
    }
    throw new AssertionError("No mail with a link to " + address + " about " + subjectPart);
  }
}
