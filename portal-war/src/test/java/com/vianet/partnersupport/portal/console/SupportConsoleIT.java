package com.vianet.partnersupport.portal.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vianet.partnersupport.core.remediation.PlanStatus;
import com.vianet.partnersupport.core.request.ContactMethod;
import com.vianet.partnersupport.core.request.RequestStatus;
import com.vianet.partnersupport.core.request.Resolution;
import com.vianet.partnersupport.core.request.Severity;
import com.vianet.partnersupport.core.testing.Sql;
import com.vianet.partnersupport.core.user.Role;
import com.vianet.partnersupport.portal.config.DatabaseStartup;
import com.vianet.partnersupport.portal.escalation.EscalationVerdict;
import com.vianet.partnersupport.portal.escalation.VerdictDraft;
import com.vianet.partnersupport.portal.remediation.ActionDraft;
import com.vianet.partnersupport.portal.remediation.MeetingDraft;
import com.vianet.partnersupport.portal.remediation.OutcomeDraft;
import com.vianet.partnersupport.portal.remediation.RemediationPlans;
import com.vianet.partnersupport.portal.request.Actor;
import com.vianet.partnersupport.portal.request.RequestRejectedException;
import com.vianet.partnersupport.portal.security.PartnerScope;
import com.vianet.partnersupport.portal.testing.Deployments;
import com.vianet.partnersupport.portal.testing.MailServer;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The 21Vianet side of both request flows, in Payara Micro: transitions, locking, verdicts,
 * remediation plans, and the e-mails they send to GreenMail in this test JVM.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SupportConsoleIT {

  private static final PartnerScope STAFF = PartnerScope.staff(Role.VIANET_AGENT);

  @Deployment
  static WebArchive deployment() {
    // MailServer only for its types: client-side methods use it, the container never starts it.
    return Deployments.portal(SupportConsoleIT.class, MailServer.class, MailServer.Mail.class);
  }

  @Inject SupportConsole console;
  @Inject RemediationPlans plans;
  @Inject QueueSearch queue;
  @Inject com.vianet.partnersupport.portal.alert.AgentAlerts alerts;
  @Inject com.vianet.partnersupport.portal.notification.OutboxDispatcher dispatcher;
  @Inject com.vianet.partnersupport.portal.notification.Outbox outbox;

  @Resource(lookup = DatabaseStartup.DATA_SOURCE)
  DataSource dataSource;

  @Test
  @Order(1)
  @RunAsClient
  void startTheMailServer() {
    MailServer.start();
  }

  @Test
  @Order(2)
  void agentWorksAnEscalationThroughTheAllowedTransitionsOnly() throws SQLException {
    long id =
        count(
            "SELECT MIN(id) FROM support_request WHERE kind = 'ESCALATION' AND status = 'SUBMITTED'"
                + " AND severity <> 'MINIMAL' AND assigned_to IS NULL");
    Actor agent = user("vianet.agent");
    console.take(STAFF, id, version(id), agent);
    assertEquals(agent.userId(), count("SELECT assigned_to FROM support_request WHERE id = " + id));
    assertEquals(
        1,
        count("SELECT COUNT(*) FROM support_request WHERE next_due_at IS NOT NULL AND id = " + id));

    ContactDraft contact = new ContactDraft();
    contact.setMethod(ContactMethod.PHONE);
    contact.setContactedAt(LocalDateTime.now(ZoneId.of("Asia/Shanghai")).minusMinutes(1));
    contact.setSummary("Called the admin; asked for the tenant's sign-in logs.");
    console.logContact(STAFF, id, version(id), agent, contact);
    assertEquals(RequestStatus.CONTACTED, console.find(STAFF, id).getStatus());
    assertNotNull(console.find(STAFF, id).getFirstContactAt());
    assertEquals(1, console.contacts(STAFF, id).size());
    // First response met: only the resolution target still falls due.
    assertEquals(
        1,
        count(
            "SELECT COUNT(*) FROM support_request WHERE first_response_due_at IS NULL AND"
                + " next_due_at = resolution_due_at AND id = "
                + id));

    RequestRejectedException backwards =
        assertThrows(
            RequestRejectedException.class,
            () ->
                console.changeStatus(
                    STAFF, id, version(id), agent, RequestStatus.SUBMITTED, null, null));
    assertEquals("request.transitionNotAllowed", backwards.messageKey());

    console.changeStatus(
        STAFF, id, version(id), agent, RequestStatus.WAITING_FOR_PARTNER, null, "Need the logs");
    // Waiting for the partner: the clocks stand still, nothing falls due.
    assertEquals(
        1, count("SELECT COUNT(*) FROM support_request WHERE next_due_at IS NULL AND id = " + id));
    console.lowerSeverity(
        STAFF, id, version(id), agent, Severity.MINIMAL, "No answer for two days");
    assertEquals(Severity.MINIMAL, console.find(STAFF, id).getSeverity());
    RequestRejectedException notLower =
        assertThrows(
            RequestRejectedException.class,
            () -> console.lowerSeverity(STAFF, id, version(id), agent, Severity.CRITICAL, "up"));
    assertEquals("console.severityNotLower", notLower.messageKey());

    RequestRejectedException noResolution =
        assertThrows(
            RequestRejectedException.class,
            () ->
                console.changeStatus(
                    STAFF, id, version(id), agent, RequestStatus.RESOLVED, null, null));
    assertEquals("console.resolutionRequired", noResolution.messageKey());
    console.changeStatus(
        STAFF,
        id,
        version(id),
        agent,
        RequestStatus.RESOLVED,
        Resolution.GUIDANCE_ONLY,
        "Sent the guide");
    assertEquals(Resolution.GUIDANCE_ONLY, console.find(STAFF, id).getResolution());
    assertEquals(
        1,
        count(
            "SELECT COUNT(*) FROM request_history WHERE request_id = "
                + id
                + " AND event_type = 'SEVERITY_CHANGED' AND detail LIKE '% severity.MINIMAL'"
                + " AND note LIKE 'No answer%'"));
  }

  @Test
  @Order(3)
  void aStaleSaveIsRefusedAndOverwritesNothing() throws SQLException {
    long id =
        count(
            "SELECT MIN(id) FROM support_request WHERE kind = 'PARTNER' AND status = 'SUBMITTED'"
                + " AND assigned_to IS NULL");
    int seen = version(id);
    console.take(STAFF, id, seen, user("vianet.agent"));
    RequestRejectedException stale =
        assertThrows(
            RequestRejectedException.class,
            () -> console.take(STAFF, id, seen, user("vianet.agent2")));
    assertEquals("console.changedMeanwhile", stale.messageKey());
    assertEquals(
        user("vianet.agent").userId(),
        count("SELECT assigned_to FROM support_request WHERE id = " + id));
  }

  @Test
  @Order(4)
  void twoAgentsTakingTheSameRequestAtOnceOneWins() throws Exception {
    long id =
        count(
            "SELECT MAX(id) FROM support_request WHERE status = 'SUBMITTED' AND assigned_to IS"
                + " NULL");
    int seen = version(id);
    Actor first = user("vianet.agent");
    Actor second = user("vianet.agent2");
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      List<Future<Boolean>> outcomes =
          pool.invokeAll(
              List.<Callable<Boolean>>of(
                  () -> tryTake(id, seen, first), () -> tryTake(id, seen, second)));
      int won = 0;
      for (Future<Boolean> outcome : outcomes) {
        won += outcome.get() ? 1 : 0;
      }
      assertEquals(1, won, "exactly one agent gets the request");
    } finally {
      pool.shutdown();
    }
    assertEquals(seen + 1, version(id));
    assertEquals(
        1,
        count(
            "SELECT COUNT(*) FROM request_history WHERE event_type = 'ASSIGNED' AND request_id = "
                + id));
  }

  private boolean tryTake(long id, int seen, Actor agent) {
    try {
      console.take(STAFF, id, seen, agent);
      return true;
    } catch (RuntimeException refused) {
      return false;
    }
  }

  @Test
  @Order(5)
  void aVerdictNeedsReasonsWhenInappropriateAndThePartnerSeesThem() throws SQLException {
    long id =
        count(
            "SELECT MIN(r.id) FROM support_request r WHERE r.kind = 'ESCALATION' AND r.status ="
                + " 'SUBMITTED' AND NOT EXISTS (SELECT 1 FROM escalation_verdict v WHERE"
                + " v.request_id = r.id)");
    Actor agent = user("vianet.agent");
    VerdictDraft noReason = new VerdictDraft();
    noReason.setVerdict(EscalationVerdict.Verdict.INAPPROPRIATE);
    assertThrows(
        Exception.class, () -> console.recordVerdict(STAFF, id, version(id), agent, noReason));

    VerdictDraft draft = new VerdictDraft();
    draft.setVerdict(EscalationVerdict.Verdict.INAPPROPRIATE);
    draft.setReasonCodes(List.of("SCOPE_HOW_TO", "OTHER"));
    draft.setOtherReason("The customer asked how to reset a password");
    console.recordVerdict(STAFF, id, version(id), agent, draft);
    assertEquals(
        2, count("SELECT COUNT(*) FROM escalation_verdict_reason WHERE request_id = " + id));
    assertEquals(
        1,
        count(
            "SELECT COUNT(*) FROM escalation_verdict WHERE verdict = 'INAPPROPRIATE' AND request_id"
                + " = "
                + id
                + " AND reasons = 'Within the partner''s scope: how-to question; Other: The"
                + " customer asked how to reset a password'"));
    assertEquals(
        1,
        count(
            "SELECT COUNT(*) FROM request_history WHERE event_type = 'VERDICT' AND"
                + " visible_to_partner AND request_id = "
                + id));

    RequestRejectedException partner =
        assertThrows(
            RequestRejectedException.class,
            () ->
                console.find(
                    PartnerScope.partnerStaff(
                        Role.PARTNER_ADMIN,
                        count("SELECT partner_id FROM support_request WHERE id = " + id)),
                    id));
    assertEquals("console.staffOnly", partner.messageKey());
  }

  @Test
  @Order(6)
  void aRemediationPlanRunsFromOpeningToCompletionAcrossAgentAndPartner() throws Exception {
    long northwind = count("SELECT id FROM partner WHERE code = 'NORTHWIND'");
    // The demo verdicts are old: judge a recent Northwind escalation, as an agent would.
    long escalation =
        count(
            "SELECT MIN(id) FROM support_request WHERE kind = 'ESCALATION' AND status IN"
                + " ('SUBMITTED', 'CONTACTED', 'IN_PROGRESS', 'WAITING_FOR_PARTNER') AND partner_id"
                + " = "
                + northwind);
    VerdictDraft verdict = new VerdictDraft();
    verdict.setVerdict(EscalationVerdict.Verdict.INAPPROPRIATE);
    verdict.setReasonCodes(List.of("NO_TROUBLESHOOTING"));
    console.recordVerdict(STAFF, escalation, version(escalation), user("vianet.agent"), verdict);
    sqlUpdate("UPDATE remediation_plan SET status = 'COMPLETED' WHERE partner_id = " + northwind);

    Actor agent = user("vianet.agent");
    long planId = plans.open(STAFF, northwind, agent);
    RequestRejectedException second =
        assertThrows(RequestRejectedException.class, () -> plans.open(STAFF, northwind, agent));
    assertEquals("remediation.openPlanExists", second.messageKey());
    assertTrue(
        plans
            .find(
                PartnerScope.partnerStaff(
                    Role.PARTNER_ADMIN, count("SELECT id FROM partner WHERE code = 'CONTOSO'")),
                planId)
            .isEmpty(),
        "another partner does not see the plan");
    PartnerScope partner = PartnerScope.partnerStaff(Role.PARTNER_ADMIN, northwind);
    Actor partnerAdmin = user("northwind.admin");

    MeetingDraft meeting = new MeetingDraft();
    meeting.setAt(LocalDateTime.now().plusDays(3).withNano(0));
    meeting.setAttendees("Zhang Min, Chen Jing");
    plans.scheduleMeeting(STAFF, planId, planVersion(planId), agent, meeting);
    OutcomeDraft outcome = new OutcomeDraft();
    outcome.setRootCauses("New helpdesk staff had no training on sign-in problems");
    plans.recordOutcome(STAFF, planId, planVersion(planId), agent, outcome);
    ActionDraft action = new ActionDraft();
    action.setDescription("Train the helpdesk on sign-in troubleshooting");
    action.setOwner("Zhang Min");
    action.setDueOn(LocalDate.now(ZoneId.of("Asia/Shanghai")).minusDays(1));
    plans.addAction(STAFF, planId, planVersion(planId), agent, action);
    RequestRejectedException notAcknowledged =
        assertThrows(
            RequestRejectedException.class,
            () -> plans.agree(STAFF, planId, planVersion(planId), agent));
    assertEquals("remediation.notReadyToAgree", notAcknowledged.messageKey());

    plans.acknowledgeMeeting(partner, planId, planVersion(planId), partnerAdmin);
    plans.agree(STAFF, planId, planVersion(planId), agent);
    // Two servers' hourly checks at the same moment: the action is reported overdue once.
    LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
    ExecutorService servers = Executors.newFixedThreadPool(2);
    try {
      int reported = 0;
      for (Future<Integer> check :
          servers.invokeAll(
              List.<Callable<Integer>>of(
                  () -> plans.markOverdue(today), () -> plans.markOverdue(today)))) {
        reported += check.get();
      }
      assertTrue(reported >= 1);
    } finally {
      servers.shutdown();
    }
    assertEquals(
        1,
        count(
            "SELECT COUNT(*) FROM remediation_plan_history WHERE event_type = 'OVERDUE' AND"
                + " plan_id = "
                + planId));
    assertEquals(PlanStatus.OVERDUE, plans.find(STAFF, planId).orElseThrow().getStatus());

    long actionId = count("SELECT id FROM remediation_action WHERE plan_id = " + planId);
    plans.markActionDone(partner, planId, planVersion(planId), actionId, partnerAdmin);
    assertEquals(PlanStatus.IN_PROGRESS, plans.find(STAFF, planId).orElseThrow().getStatus());
    RequestRejectedException agentCloses =
        assertThrows(
            RequestRejectedException.class,
            () -> plans.complete(STAFF, planId, planVersion(planId), agent));
    assertEquals("access.notAllowed", agentCloses.messageKey());
    plans.complete(
        PartnerScope.staff(Role.COMPLIANCE), planId, planVersion(planId), user("compliance"));
    assertEquals(PlanStatus.COMPLETED, plans.find(STAFF, planId).orElseThrow().getStatus());
    assertEquals(
        9, count("SELECT COUNT(*) FROM remediation_plan_history WHERE plan_id = " + planId));
    assertTrue(
        count(
                "SELECT COUNT(*) FROM remediation_plan_escalation WHERE plan_id = "
                    + planId
                    + " AND request_id = "
                    + escalation)
            == 1);
  }

  @Test
  @Order(6)
  void aMailClaimedByAnotherServerIsSentOnlyWhenThatServersClaimRunsOut() throws Exception {
    sqlUpdate(
        "INSERT INTO notification (recipient, subject, body, created_at, attempts, claimed_by,"
            + " claimed_until) VALUES ('ops@example.cn', 'Claimed by another server', 'Once.',"
            + " CURRENT_TIMESTAMP, 0, 'instance2', CURRENT_TIMESTAMP + INTERVAL '1' HOUR)");
    long id = count("SELECT id FROM notification WHERE subject = 'Claimed by another server'");
    dispatcher.sendPending();
    assertFalse(outbox.claim(id), "the other server's claim holds");
    assertEquals(
        0, count("SELECT COUNT(*) FROM notification WHERE sent_at IS NOT NULL AND id = " + id));

    // instance2 died with the mail claimed: once its claim runs out, this server sends it.
    sqlUpdate(
        "UPDATE notification SET claimed_until = CURRENT_TIMESTAMP - INTERVAL '1' MINUTE WHERE id ="
            + " "
            + id);
    for (int i = 0;
        i < 50
            && count("SELECT COUNT(*) FROM notification WHERE sent_at IS NOT NULL AND id = " + id)
                == 0;
        i++) {
      dispatcher.sendPending(); // the minute's retry may hold the sender a moment
      Thread.sleep(200);
    }
    assertEquals(
        1, count("SELECT COUNT(*) FROM notification WHERE sent_at IS NOT NULL AND id = " + id));
    assertFalse(outbox.claim(id), "a sent mail is never claimed again");
  }

  @Test
  @Order(7)
  @RunAsClient
  void theRequesterAndThePartnerAdminsGetTheirEmails() throws Exception {
    try {
      // requesters: contact, 2 status changes, 2 verdicts; Northwind's admin: plan opened, meeting,
      // overdue action
      List<MailServer.Mail> mails =
          MailServer.awaitUntil(
              all ->
                  all.stream().anyMatch(m -> m.subject().contains("an action is overdue"))
                      && all.stream().anyMatch(m -> m.subject().contains("世纪互联已评审你的升级请求"))
                      && all.stream().anyMatch(m -> m.subject().endsWith("New critical request")),
              60_000);
      assertTrue(mails.size() >= 9, mails.toString());
      assertTrue(
          mails.stream()
              .anyMatch(
                  m ->
                      m.to().equals("northwind.admin@example.cn")
                          && m.subject().startsWith("Remediation plan")
                          && m.subject().contains("opened")),
          mails.toString());
      assertTrue(
          mails.stream().anyMatch(m -> m.subject().contains("an action is overdue")),
          mails.toString());
      assertTrue(
          mails.stream().anyMatch(m -> m.subject().contains("世纪互联已就你的请求与你联系")), mails.toString());
      assertTrue(
          mails.stream().anyMatch(m -> m.subject().contains("世纪互联已评审你的升级请求")), mails.toString());
      assertEquals(
          1,
          mails.stream().filter(m -> m.subject().equals("Claimed by another server")).count(),
          mails.toString());
      List<String> alertSubjects =
          mails.stream()
              .filter(m -> m.to().equals("vianet.agent@example.cn"))
              .map(MailServer.Mail::subject)
              .filter(subject -> subject.contains("critical") || subject.contains("Due within"))
              .toList();
      assertTrue(
          alertSubjects.stream().anyMatch(subject -> subject.endsWith("New critical request")),
          mails.toString());
      assertEquals(
          alertSubjects.size(),
          alertSubjects.stream().distinct().count(),
          "each alert mailed once");
    } finally {
      MailServer.stop();
    }
  }

  @Test
  @Order(3)
  void theQueueOpensOnWhatNeeds21VianetNowNearestTargetFirst() throws Exception {
    // The demo's requests were written in bulk: the portal computes their due instants at start.
    String open = "status IN ('SUBMITTED', 'CONTACTED', 'IN_PROGRESS')";
    for (int i = 0;
        i < 60
            && count("SELECT COUNT(*) FROM support_request WHERE next_due_at IS NULL AND " + open)
                > 0;
        i++) {
      Thread.sleep(500);
    }
    assertEquals(
        0, count("SELECT COUNT(*) FROM support_request WHERE next_due_at IS NULL AND " + open));

    List<String> shown =
        queue.page(new QueueFilter(), 1L, 0, 20, null, true).stream()
            .map(QueueItem::number)
            .toList();
    List<String> expected = new java.util.ArrayList<>();
    try (var c = dataSource.getConnection();
        var st = c.createStatement();
        var rs =
            st.executeQuery(
                "SELECT request_number FROM support_request WHERE "
                    + open
                    + " ORDER BY next_due_at, id FETCH FIRST 20 ROWS ONLY")) {
      while (rs.next()) {
        expected.add(rs.getString(1));
      }
    }
    assertEquals(expected, shown, "breached first, then the nearest target; no waiting requests");

    QueueFilter soon = new QueueFilter();
    soon.setBreachingSoon(true);
    long dueWithinTheHour =
        count(
            "SELECT COUNT(*) FROM support_request WHERE "
                + open
                + " AND next_due_at <= CURRENT_TIMESTAMP + INTERVAL '1' HOUR");
    assertEquals(dueWithinTheHour, queue.count(soon, 1L));
  }

  @Test
  @Order(4)
  void agentsAreAlertedOnceToANewCriticalRequestAndToATargetAboutToBeMissed() throws Exception {
    long critical =
        count(
            "SELECT MIN(id) FROM support_request WHERE status = 'SUBMITTED' AND assigned_to IS"
                + " NULL");
    sqlUpdate(
        "UPDATE support_request SET severity = 'CRITICAL', created_at = CURRENT_TIMESTAMP WHERE"
            + " id = "
            + critical);
    long dueSoon =
        count(
            "SELECT MAX(id) FROM support_request WHERE status = 'SUBMITTED' AND assigned_to IS"
                + " NULL AND id <> "
                + critical);
    sqlUpdate(
        "UPDATE support_request SET next_due_at = CURRENT_TIMESTAMP + INTERVAL '10' MINUTE WHERE"
            + " id = "
            + dueSoon);

    alerts.raise();
    alerts.raise(); // a second server, or the next minute's check: nothing twice
    assertEquals(
        1,
        count(
            "SELECT COUNT(*) FROM agent_alert WHERE kind = 'NEW_CRITICAL' AND request_id = "
                + critical));
    assertEquals(
        1,
        count(
            "SELECT COUNT(*) FROM agent_alert WHERE kind = 'DUE_SOON_UNASSIGNED' AND request_id = "
                + dueSoon));
    List<Long> shown =
        alerts.since(STAFF, 0).stream()
            .map(com.vianet.partnersupport.portal.alert.AgentAlert::requestId)
            .toList();
    assertTrue(shown.contains(critical) && shown.contains(dueSoon), shown.toString());
    long last =
        alerts.since(STAFF, 0).stream()
            .mapToLong(com.vianet.partnersupport.portal.alert.AgentAlert::id)
            .max()
            .orElseThrow();
    assertEquals(List.of(), alerts.since(STAFF, last), "each shows once");
    assertThrows(
        RequestRejectedException.class,
        () -> alerts.since(PartnerScope.partnerStaff(Role.PARTNER_ADMIN, 1L), 0));
  }

  private Actor user(String username) throws SQLException {
    return new Actor(
        count("SELECT id FROM app_user WHERE username = '" + username + "'"), username);
  }

  private int version(long requestId) throws SQLException {
    return (int) count("SELECT version FROM support_request WHERE id = " + requestId);
  }

  private int planVersion(long planId) throws SQLException {
    return (int) count("SELECT version FROM remediation_plan WHERE id = " + planId);
  }

  private void sqlUpdate(String sql) throws SQLException {
    try (var connection = dataSource.getConnection();
        var statement = connection.createStatement()) {
      statement.executeUpdate(sql);
    }
  }

  private long count(String sql) throws SQLException {
    return Sql.count(dataSource, sql);
  }
}
