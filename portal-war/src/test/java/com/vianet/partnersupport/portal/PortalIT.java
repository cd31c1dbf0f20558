package com.vianet.partnersupport.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vianet.partnersupport.core.request.RequestStatus;
import com.vianet.partnersupport.core.testing.Sql;
import com.vianet.partnersupport.core.user.Role;
import com.vianet.partnersupport.portal.config.DatabaseStartup;
import com.vianet.partnersupport.portal.operations.NightlyReviewState;
import com.vianet.partnersupport.portal.operations.NightlyReviewWatch;
import com.vianet.partnersupport.portal.request.RequestStatistics;
import com.vianet.partnersupport.portal.security.PartnerScope;
import com.vianet.partnersupport.portal.testing.Deployments;
import com.vianet.partnersupport.portal.testing.HttpSession;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.net.URL;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The portal WAR on a real Payara Micro with its embedded database: start-up, scoping and security.
 * One class, so Micro starts once for all of them.
 */
@ExtendWith(ArquillianExtension.class)
class PortalIT {

  private static final Pattern STACK_FRAME = Pattern.compile("\\bat [a-z]+\\.[\\w.$]+\\(");

  @Deployment
  static WebArchive deployment() {
    return Deployments.portal(PortalIT.class, HttpSession.class);
  }

  @Inject RequestStatistics statistics;
  @Inject NightlyReviewWatch nightly;

  @Resource(lookup = DatabaseStartup.DATA_SOURCE)
  DataSource dataSource;

  @ArquillianResource URL base;

  @Test
  void startUpMigratesTheSchemaAndLoadsTheDemo() throws SQLException {
    assertTrue(
        count("SELECT COUNT(*) FROM \"flyway_schema_history\" WHERE \"success\" = TRUE") >= 2);
    assertTrue(count("SELECT COUNT(*) FROM partner") >= 3);
    assertTrue(
        count("SELECT COUNT(*) FROM app_user WHERE password_hash LIKE 'PBKDF2WithHmac%'") >= 9);
  }

  @Test
  void partnerScopeCountsOnlyThatPartnersOpenRequests() throws SQLException {
    long contoso = count("SELECT id FROM partner WHERE code = 'CONTOSO'");
    String open = "'SUBMITTED', 'CONTACTED', 'IN_PROGRESS', 'WAITING_FOR_PARTNER'";
    long contosoOpen =
        count(
            "SELECT COUNT(*) FROM support_request WHERE status IN ("
                + open
                + ") AND partner_id = "
                + contoso);
    long allOpen = count("SELECT COUNT(*) FROM support_request WHERE status IN (" + open + ")");
    long waiting =
        count(
            "SELECT COUNT(*) FROM support_request WHERE status = 'WAITING_FOR_PARTNER' AND"
                + " partner_id = "
                + contoso);

    assertNotEquals(contosoOpen, allOpen, "the demo must have open requests of other partners");
    assertEquals(
        contosoOpen,
        statistics.openRequests(PartnerScope.partnerStaff(Role.PARTNER_ADMIN, contoso)));
    assertEquals(
        waiting,
        statistics
            .openRequestsByStatus(PartnerScope.partnerStaff(Role.PARTNER_ADMIN, contoso))
            .get(RequestStatus.WAITING_FOR_PARTNER));
    assertEquals(allOpen, statistics.openRequests(PartnerScope.staff(Role.VIANET_AGENT)));
  }

  @Inject com.vianet.partnersupport.portal.report.JobRuns jobRuns;

  @Test
  void jobRunsAreReadFromTheJobRepositoryTables() throws SQLException {
    try (Connection c = dataSource.getConnection();
        Statement s = c.createStatement()) {
      // What Spring Batch records for a run of the nightly review (the batch program writes these).
      s.executeUpdate("DELETE FROM BATCH_STEP_EXECUTION WHERE JOB_EXECUTION_ID = 9001");
      s.executeUpdate("DELETE FROM BATCH_JOB_EXECUTION_PARAMS WHERE JOB_EXECUTION_ID = 9001");
      s.executeUpdate("DELETE FROM BATCH_JOB_EXECUTION WHERE JOB_EXECUTION_ID = 9001");
      s.executeUpdate("DELETE FROM BATCH_JOB_INSTANCE WHERE JOB_INSTANCE_ID = 9001");
      s.executeUpdate(
          "INSERT INTO BATCH_JOB_INSTANCE (JOB_INSTANCE_ID, VERSION, JOB_NAME, JOB_KEY)"
              + " VALUES (9001, 0, 'nightlyEscalationReview', 'k9001')");
      s.executeUpdate(
          "INSERT INTO BATCH_JOB_EXECUTION (JOB_EXECUTION_ID, VERSION, JOB_INSTANCE_ID,"
              + " CREATE_TIME, START_TIME, END_TIME, STATUS) VALUES (9001, 0, 9001,"
              + " CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 'COMPLETED')");
      s.executeUpdate(
          "INSERT INTO BATCH_JOB_EXECUTION_PARAMS (JOB_EXECUTION_ID, PARAMETER_NAME,"
              + " PARAMETER_TYPE, PARAMETER_VALUE, IDENTIFYING) VALUES (9001, 'businessDate',"
              + " 'java.time.LocalDate', '2026-11-24', 'Y')");
      s.executeUpdate(
          "INSERT INTO BATCH_STEP_EXECUTION (STEP_EXECUTION_ID, VERSION, STEP_NAME,"
              + " JOB_EXECUTION_ID, CREATE_TIME, STATUS, READ_COUNT, WRITE_COUNT, FILTER_COUNT)"
              + " VALUES (9001, 0, 'flagEscalations', 9001, CURRENT_TIMESTAMP, 'COMPLETED', 120,"
              + " 80, 40)");
    }
    var run =
        jobRuns.last(PartnerScope.staff(Role.MANAGER)).stream()
            .filter(r -> r.id() == 9001)
            .findFirst()
            .orElseThrow();
    assertEquals("2026-11-24", run.businessDate());
    assertEquals("COMPLETED", run.status());
    assertEquals(120, run.steps().get(0).read());
    assertEquals(80, run.steps().get(0).written());
  }

  @Test
  @RunAsClient
  void visitorWithoutSignInIsSentToTheSignInPage() throws Exception {
    HttpResponse<String> response = new HttpSession(base).get("dashboard.xhtml");
    assertEquals(302, response.statusCode());
    assertTrue(response.headers().firstValue("Location").orElseThrow().endsWith("/login.xhtml"));
  }

  @Test
  @RunAsClient
  void partnerAdminSignsInAndSeesItsOwnDashboard() throws Exception {
    HttpSession session = new HttpSession(base);
    HttpResponse<String> signIn = session.signIn("fabrikam.admin", "Demo#2026");
    assertEquals(302, signIn.statusCode());
    HttpResponse<String> dashboard = session.get("dashboard.xhtml");
    assertEquals(200, dashboard.statusCode());
    assertTrue(
        dashboard.body().contains("Open support requests of Fabrikam Solutions"), dashboard.body());
    assertTrue(dashboard.body().contains("id=\"open-requests-count\""));
  }

  /**
   * A session keeps the views of the last four pages: a form posted from a page opened before five
   * others reloads that page (its address and query kept) with a message, where a recent page's
   * postback is simply answered.
   */
  @Test
  @RunAsClient
  void aPagePostedBackAfterManyOthersWereOpenedReloadsWithAMessage() throws Exception {
    HttpSession session = new HttpSession(base);
    session.signIn("fabrikam.admin", "Demo#2026");
    HttpResponse<String> old = session.get("customers/requests.xhtml?from=test");
    assertEquals(200, old.statusCode());
    HttpResponse<String> recent = null;
    for (String page :
        List.of(
            "dashboard.xhtml",
            "requests/list.xhtml",
            "account.xhtml",
            "profile.xhtml",
            "requests/list.xhtml")) {
      recent = session.get(page);
      assertEquals(200, recent.statusCode(), page);
    }
    HttpResponse<String> answered = session.postBack(recent, "list-form", Map.of());
    assertEquals(200, answered.statusCode(), "a recent page keeps its view");

    HttpResponse<String> expired = session.postBack(old, "list-form", Map.of());
    assertEquals(302, expired.statusCode(), expired.body());
    String location = expired.headers().firstValue("Location").orElseThrow();
    assertTrue(location.endsWith(base.getPath() + "customers/requests.xhtml?from=test"), location);
    HttpResponse<String> reloaded =
        session.get(location.substring(location.indexOf(base.getPath()) + base.getPath().length()));
    assertEquals(200, reloaded.statusCode());
    assertTrue(
        reloaded.body().contains("This page had been open while you opened several others"),
        reloaded.body());
  }

  /**
   * Payara 6 shares one default security context between request threads; a session re-applied from
   * the caller principal alone could come out without its groups under concurrent sessions
   * (payara/Payara#6145), and the page was refused with 403.
   */
  @Test
  @RunAsClient
  void signedInPeopleKeepTheirRolesWhileOthersWorkAtTheSameTime() throws Exception {
    Map<String, String> pageOf =
        Map.of(
            "contoso.admin", "customers/requests.xhtml",
            "fabrikam.admin", "customers/requests.xhtml",
            "vianet.agent", "console/queue.xhtml",
            "vianet.agent2", "console/queue.xhtml");
    ExecutorService pool = Executors.newFixedThreadPool(2 * pageOf.size());
    try {
      List<Future<List<String>>> visits = new ArrayList<>();
      for (Map.Entry<String, String> person : pageOf.entrySet()) {
        HttpSession session = new HttpSession(base);
        assertEquals(302, session.signIn(person.getKey(), "Demo#2026").statusCode());
        for (int tab = 0; tab < 2; tab++) {
          visits.add(
              pool.submit(
                  () -> {
                    List<String> refused = new ArrayList<>();
                    for (int i = 0; i < 30; i++) {
                      int status = session.get(person.getValue()).statusCode();
                      if (status != 200) {
                        refused.add(person.getKey() + " got " + status);
                      }
                    }
                    return refused;
                  }));
        }
      }
      List<String> refused = new ArrayList<>();
      for (Future<List<String>> visit : visits) {
        refused.addAll(visit.get(5, TimeUnit.MINUTES));
      }
      assertEquals(List.of(), refused);
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  @RunAsClient
  void wrongPasswordIsRefusedWithAClearMessage() throws Exception {
    HttpSession session = new HttpSession(base);
    HttpResponse<String> signIn = session.signIn("fabrikam.admin", "not-the-password");
    assertEquals(200, signIn.statusCode());
    assertTrue(signIn.body().contains("The user name or password is not correct."));
    assertEquals(302, session.get("dashboard.xhtml").statusCode());
  }

  @Test
  @RunAsClient
  void errorsShowAFriendlyPageWithoutAStackTrace() throws Exception {
    HttpSession session = new HttpSession(base);
    session.signIn("contoso.admin", "Demo#2026");
    HttpResponse<String> missing = session.get("no-such-page.xhtml");
    assertEquals(404, missing.statusCode());
    assertTrue(missing.body().contains("The page you asked for does not exist."), missing.body());
    assertFalse(STACK_FRAME.matcher(missing.body()).find(), missing.body());
    assertFalse(missing.body().contains("Caused by"), missing.body());
  }

  @Test
  @RunAsClient
  void pagesCarryTheSecurityHeadersAndTheSessionCookieStaysOnThisSite() throws Exception {
    HttpResponse<String> page = new HttpSession(base).get("login.xhtml");
    var headers = page.headers();
    assertTrue(
        headers
            .firstValue("Content-Security-Policy")
            .orElse("")
            .matches(".*script-src[^;]*'nonce-.*"),
        headers.map().toString());
    assertEquals("nosniff", headers.firstValue("X-Content-Type-Options").orElse(null));
    assertEquals("same-origin", headers.firstValue("Referrer-Policy").orElse(null));
    assertTrue(
        headers.allValues("Set-Cookie").stream()
            .anyMatch(c -> c.toLowerCase(java.util.Locale.ROOT).contains("samesite=lax")),
        headers.allValues("Set-Cookie").toString());
    assertFalse(headers.firstValue("X-Powered-By").isPresent(), headers.map().toString());
    assertFalse(
        headers.firstValue("Server").orElse("").matches(".*\\d.*"),
        "no server version: " + headers.firstValue("Server"));
  }

  @Test
  void whoeverSignsInOnASessionGetsTheirOwnScopeNotThePreviousPersons() throws Exception {
    HttpSession browser = new HttpSession(base);
    assertEquals(302, browser.signIn("contoso.admin", "Demo#2026").statusCode());
    assertTrue(browser.get("dashboard.xhtml").body().contains("Contoso"));
    // Someone else signs in on the same browser session: a manager sees every partner.
    assertEquals(302, browser.signIn("manager", "Demo#2026").statusCode());
    String dashboard = browser.get("dashboard.xhtml").body();
    var shown = Pattern.compile("id=\"open-requests-count\"[^>]*>(\\d+)<").matcher(dashboard);
    assertTrue(shown.find(), dashboard);
    long allOpen =
        count(
            "SELECT COUNT(*) FROM support_request WHERE status IN ('SUBMITTED', 'CONTACTED',"
                + " 'IN_PROGRESS', 'WAITING_FOR_PARTNER')");
    assertEquals(allOpen, Long.parseLong(shown.group(1)));
  }

  private long count(String sql) throws SQLException {
    return Sql.count(dataSource, sql);
  }

  @Test
  void operatorsHearOnceWhenTheNightlyReviewIsLateOrFailed() throws SQLException {
    // 07:00 in Beijing on 2 January 2020: the 1st's review should have completed by 06:00.
    Instant late = Instant.parse("2020-01-01T23:00:00Z");
    assertEquals(NightlyReviewState.LATE, nightly.state(late));
    assertEquals(1, nightly.tellOperators(late), "the demo's one operator");
    assertEquals(0, nightly.tellOperators(late), "another server's check, or the next one");
    assertEquals(
        1,
        count(
            "SELECT COUNT(*) FROM notification WHERE recipient = 'ops@21vianet.example.cn' AND"
                + " subject = 'The nightly review of 2020-01-01 has not completed by 06:00'"));

    // 05:00 on 2 March: not due yet, nothing to say.
    Instant early = Instant.parse("2020-03-01T21:00:00Z");
    assertEquals(NightlyReviewState.NOT_DUE, nightly.state(early));
    assertEquals(0, nightly.tellOperators(early));

    // The run of 1 March failed at 04:00: the operators hear it before the deadline.
    try (Connection c = dataSource.getConnection();
        Statement s = c.createStatement()) {
      s.executeUpdate(
          "INSERT INTO BATCH_JOB_INSTANCE (JOB_INSTANCE_ID, VERSION, JOB_NAME, JOB_KEY) VALUES"
              + " (990001, 0, 'nightlyEscalationReview', 'operations-test')");
      s.executeUpdate(
          "INSERT INTO BATCH_JOB_EXECUTION (JOB_EXECUTION_ID, VERSION, JOB_INSTANCE_ID,"
              + " CREATE_TIME, START_TIME, END_TIME, STATUS, EXIT_CODE) VALUES (990001, 1, 990001,"
              + " TIMESTAMP '2020-03-01 18:00:00', TIMESTAMP '2020-03-01 18:00:00', TIMESTAMP"
              + " '2020-03-01 20:00:00', 'FAILED', 'FAILED')");
      s.executeUpdate(
          "INSERT INTO BATCH_JOB_EXECUTION_PARAMS VALUES (990001, 'businessDate',"
              + " 'java.time.LocalDate', '2020-03-01', 'Y')");
    }
    try {
      assertEquals(NightlyReviewState.FAILED, nightly.state(early));
      assertEquals(1, nightly.tellOperators(early));
      assertEquals(
          1,
          count(
              "SELECT COUNT(*) FROM notification WHERE subject = 'The nightly review of"
                  + " 2020-03-01 failed'"));
    } finally {
      try (Connection c = dataSource.getConnection();
          Statement s = c.createStatement()) {
        s.executeUpdate("DELETE FROM BATCH_JOB_EXECUTION_PARAMS WHERE JOB_EXECUTION_ID = 990001");
        s.executeUpdate("DELETE FROM BATCH_JOB_EXECUTION WHERE JOB_EXECUTION_ID = 990001");
        s.executeUpdate("DELETE FROM BATCH_JOB_INSTANCE WHERE JOB_INSTANCE_ID = 990001");
      }
    }
  }

  @Test
  @RunAsClient
  void theBalancerAsksReadinessAndOperatorsReadTheFigures() throws Exception {
    java.net.http.HttpClient client = java.net.http.HttpClient.newHttpClient();
    HttpResponse<String> ready =
        client.send(
            java.net.http.HttpRequest.newBuilder(base.toURI().resolve("/health/ready")).build(),
            HttpResponse.BodyHandlers.ofString());
    assertEquals(200, ready.statusCode(), ready.body());
    assertTrue(ready.body().contains("\"database\""), ready.body());
    assertTrue(ready.body().contains("schemaVersion"), ready.body());

    HttpResponse<String> metrics =
        client.send(
            java.net.http.HttpRequest.newBuilder(base.toURI().resolve("/metrics")).build(),
            HttpResponse.BodyHandlers.ofString());
    assertEquals(200, metrics.statusCode(), metrics.body());
    for (String figure :
        List.of(
            "partner_support_requests_submitted_total",
            "partner_support_targets_breached",
            "partner_support_emails_waiting",
            "partner_support_nightly_review_age_seconds")) {
      assertTrue(metrics.body().contains(figure), figure + " in " + metrics.body());
    }
  }
}
