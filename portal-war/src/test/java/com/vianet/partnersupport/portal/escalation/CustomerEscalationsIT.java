package com.vianet.partnersupport.portal.escalation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vianet.partnersupport.core.request.BlockerReason;
import com.vianet.partnersupport.core.request.RequestCategory;
import com.vianet.partnersupport.core.request.RequestKind;
import com.vianet.partnersupport.core.request.RequestStatus;
import com.vianet.partnersupport.core.request.Resolution;
import com.vianet.partnersupport.core.request.Severity;
import com.vianet.partnersupport.core.testing.Sql;
import com.vianet.partnersupport.core.user.Role;
import com.vianet.partnersupport.portal.config.DatabaseStartup;
import com.vianet.partnersupport.portal.customer.CloudService;
import com.vianet.partnersupport.portal.customer.CustomerDirectory;
import com.vianet.partnersupport.portal.customer.CustomerOption;
import com.vianet.partnersupport.portal.request.Actor;
import com.vianet.partnersupport.portal.request.PartnerCenterRequests;
import com.vianet.partnersupport.portal.request.RequestDraft;
import com.vianet.partnersupport.portal.request.RequestRejectedException;
import com.vianet.partnersupport.portal.request.SupportRequest;
import com.vianet.partnersupport.portal.security.PartnerScope;
import com.vianet.partnersupport.portal.testing.Deployments;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.util.List;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Customer requests on Payara Micro: search, escalation with justification, deflection, refusals.
 */
@ExtendWith(ArquillianExtension.class)
class CustomerEscalationsIT {

  @Deployment
  static WebArchive deployment() {
    return Deployments.portal(CustomerEscalationsIT.class);
  }

  @Inject CustomerEscalations escalations;
  @Inject CustomerDirectory customers;
  @Inject PartnerCenterRequests requests;

  @jakarta.persistence.PersistenceContext jakarta.persistence.EntityManager em;

  @Resource(lookup = DatabaseStartup.DATA_SOURCE)
  DataSource dataSource;

  private long count(String sql) throws SQLException {
    return Sql.count(dataSource, sql);
  }

  private PartnerScope partner(String code) throws SQLException {
    return PartnerScope.partnerStaff(
        Role.PARTNER_ADMIN, count("SELECT id FROM partner WHERE code = '" + code + "'"));
  }

  private Actor admin(String username) throws SQLException {
    return new Actor(
        count("SELECT id FROM app_user WHERE username = '" + username + "'"), username);
  }

  /** A draft for the first subscription of a Contoso customer. */
  private RequestDraft draftFor(PartnerScope scope, CustomerOption customer) {
    RequestDraft draft = new RequestDraft();
    draft.setCustomerId(customer.id());
    draft.setSubscriptionId(customers.subscriptions(scope, customer.id()).get(0).getId());
    draft.setCategory(RequestCategory.CLIENT_CONNECTIVITY);
    draft.setTitle("Outlook cannot connect for all users");
    draft.setDescription("Since 08:00 every Outlook client shows 'Disconnected'.");
    draft.setSeverity(Severity.CRITICAL);
    draft.setContactName("Li Wei");
    draft.setContactEmail("li.wei@contoso.example.cn");
    return draft;
  }

  private static JustificationDraft justification() {
    JustificationDraft j = new JustificationDraft();
    j.setStepsTried("Ran the connectivity analyser, recreated profiles, tested from two networks.");
    j.setBlockers(List.of(BlockerReason.LACK_OF_TOOLS, BlockerReason.LACK_OF_DOCUMENTATION));
    j.setEvidence("Analyser report id 7731");
    return j;
  }

  @Inject EscalationAdvice adviser;

  @Test
  void theNightlyRulesAdviseOnTheFormAndTheAdviceIsRecordedWithTheEscalation() throws SQLException {
    PartnerScope contoso = partner("CONTOSO");
    CustomerOption customer = customers.search(contoso, "", 1).get(0);
    RequestDraft draft = draftFor(contoso, customer);
    draft.setCategory(RequestCategory.HOW_TO);
    long service = customers.subscriptions(contoso, customer.id()).get(0).getService().getId();
    EscalationAdvice.Draft weak =
        new EscalationAdvice.Draft(
            customer.id(),
            service,
            RequestCategory.HOW_TO,
            null,
            null,
            "请重试。已重启。",
            true,
            null,
            0,
            0);
    assertEquals(
        List.of("within-partner-scope", "no-troubleshooting"),
        adviser.advise(contoso, weak).stream().map(AdviceItem::ruleId).toList());
    AdviceItem effort = adviser.advise(contoso, weak).get(1);
    assertEquals(List.of("0", "30", "0"), effort.arguments());
    assertEquals(2, effort.ruleVersion());

    EscalationAdvice.Draft withFile =
        new EscalationAdvice.Draft(
            customer.id(),
            service,
            RequestCategory.HOW_TO,
            null,
            null,
            "检查了网络安全组规则并重新部署虚拟机",
            true,
            null,
            1,
            0);
    assertEquals(List.of(), adviser.advise(contoso, withFile), "a file is evidence; real steps");

    JustificationDraft justification = justification();
    justification.setStepsTried("请重试。已重启。");
    String number =
        escalations.escalate(
            contoso,
            admin("contoso.admin"),
            draft,
            justification,
            List.of(),
            adviser.advise(contoso, weak));
    long id = count("SELECT id FROM support_request WHERE request_number = '" + number + "'");
    assertEquals(
        List.of("no-troubleshooting", "within-partner-scope"),
        escalations.adviceShown(id).stream().map(AdviceShown::getRuleId).toList());
  }

  @Inject VerdictContests contests;

  @Test
  void aPartnerAdminContestsAnInappropriateVerdictOnceAndAnOverturnCountsAsAppropriate()
      throws SQLException {
    long requestId =
        count(
            "SELECT MIN(v.request_id) FROM escalation_verdict v JOIN support_request r ON r.id ="
                + " v.request_id JOIN partner p ON p.id = r.partner_id WHERE p.code = 'NORTHWIND'"
                + " AND v.verdict = 'INAPPROPRIATE' AND NOT EXISTS (SELECT 1 FROM verdict_contest c"
                + " WHERE c.request_id = v.request_id)");
    PartnerScope northwind = partner("NORTHWIND");
    Actor admin = admin("northwind.admin");
    assertEquals(
        "contest.notFound",
        assertThrows(
                RequestRejectedException.class,
                () -> contests.contest(partner("CONTOSO"), admin, requestId, "Not ours"))
            .messageKey());
    contests.contest(northwind, admin, requestId, "The tenant's policy blocked every admin.");
    assertEquals(
        "contest.once",
        assertThrows(
                RequestRejectedException.class,
                () -> contests.contest(northwind, admin, requestId, "Again"))
            .messageKey());

    PartnerScope compliance = PartnerScope.staff(Role.COMPLIANCE);
    ContestRow open =
        contests.open(compliance).stream()
            .filter(c -> c.requestId() == requestId)
            .findFirst()
            .orElseThrow();
    assertEquals("The tenant's policy blocked every admin.", open.reason());
    contests.decide(
        compliance,
        admin("compliance"),
        requestId,
        open.version(),
        com.vianet.partnersupport.core.review.ContestDecision.OVERTURNED,
        "Logs confirm it.");
    assertEquals(
        "APPROPRIATE",
        Sql.text(
            dataSource,
            "SELECT verdict FROM escalation_effective_verdict WHERE request_id = " + requestId));
    assertEquals(
        "INAPPROPRIATE",
        Sql.text(
            dataSource, "SELECT verdict FROM escalation_verdict WHERE request_id = " + requestId),
        "the agent's verdict stays on record");
  }

  @Test
  void customerSearchIsScopedToThePartner() throws SQLException {
    List<CustomerOption> contoso = customers.search(partner("CONTOSO"), "", 100);
    assertEquals(
        count(
            "SELECT COUNT(*) FROM customer c JOIN partner p ON p.id = c.partner_id WHERE p.code ="
                + " 'CONTOSO'"),
        contoso.size());
    String fabrikamDomain = customers.search(partner("FABRIKAM"), "", 1).get(0).domain();
    assertTrue(customers.search(partner("CONTOSO"), fabrikamDomain, 10).isEmpty());
    assertTrue(
        customers.search(partner("FABRIKAM"), fabrikamDomain, 10).stream()
            .anyMatch(c -> c.domain().equals(fabrikamDomain)));
    assertTrue(
        customers
            .find(partner("CONTOSO"), customers.search(partner("FABRIKAM"), "", 1).get(0).id())
            .isEmpty());
  }

  @Test
  void anEscalationRecordsCustomerServiceAndJustification() throws SQLException {
    PartnerScope contoso = partner("CONTOSO");
    CustomerOption customer = customers.search(contoso, "", 1).get(0);
    RequestDraft draft = draftFor(contoso, customer);
    String number =
        escalations.escalate(contoso, admin("contoso.admin"), draft, justification(), List.of());

    SupportRequest request = requests.find(contoso, number).orElseThrow();
    assertEquals(RequestKind.ESCALATION, request.getKind());
    assertEquals(RequestStatus.SUBMITTED, request.getStatus());
    assertEquals(customer.id(), request.getCustomer().getId());
    assertEquals(
        customers.subscriptions(contoso, customer.id()).get(0).getService().getId(),
        request.getService().getId());
    EscalationJustification j = escalations.justification(request.getId()).orElseThrow();
    assertEquals(justification().getStepsTried(), j.getStepsTried());
    assertEquals(
        java.util.EnumSet.of(BlockerReason.LACK_OF_TOOLS, BlockerReason.LACK_OF_DOCUMENTATION),
        j.getBlockers());
    assertEquals(
        number,
        escalations.escalate(contoso, admin("contoso.admin"), draft, justification(), List.of()),
        "the same form submitted twice makes one escalation");
  }

  @Test
  void aDeflectedCaseIsKeptAsResolvedByThePartner() throws SQLException {
    PartnerScope contoso = partner("CONTOSO");
    RequestDraft draft = draftFor(contoso, customers.search(contoso, "", 2).get(1));
    draft.setDescription("Cleared cached credentials with the customer's admin.");
    String number =
        escalations.deflect(contoso, admin("contoso.admin"), draft, Resolution.GUIDED_CUSTOMER);

    SupportRequest request = requests.find(contoso, number).orElseThrow();
    assertEquals(RequestKind.DEFLECTED, request.getKind());
    assertEquals(RequestStatus.RESOLVED, request.getStatus());
    assertEquals(Resolution.GUIDED_CUSTOMER, request.getResolution());
    assertFalse(escalations.justification(request.getId()).isPresent());
  }

  @Test
  void escalationsForAnotherPartnersCustomerOrAnUnsubscribedServiceAreRefused()
      throws SQLException {
    PartnerScope contoso = partner("CONTOSO");
    PartnerScope fabrikam = partner("FABRIKAM");
    RequestDraft foreign = draftFor(fabrikam, customers.search(fabrikam, "", 1).get(0));
    RequestRejectedException notYours =
        assertThrows(
            RequestRejectedException.class,
            () ->
                escalations.escalate(
                    contoso, admin("contoso.admin"), foreign, justification(), List.of()));
    assertEquals("request.customerNotYours", notYours.messageKey());

    CustomerOption customer = customers.search(contoso, "", 1).get(0);
    RequestDraft otherService = draftFor(contoso, customer);
    otherService.setSubscriptionId(
        count("SELECT MIN(s.id) FROM subscription s WHERE s.customer_id <> " + customer.id()));
    RequestRejectedException notSubscribed =
        assertThrows(
            RequestRejectedException.class,
            () ->
                escalations.escalate(
                    contoso, admin("contoso.admin"), otherService, justification(), List.of()));
    assertEquals("escalation.serviceNotSubscribed", notSubscribed.messageKey());

    JustificationDraft noBlocker = justification();
    noBlocker.setBlockers(List.of());
    assertThrows(
        Exception.class,
        () ->
            escalations.escalate(
                contoso,
                admin("contoso.admin"),
                draftFor(contoso, customer),
                noBlocker,
                List.of()));
  }

  @Test
  void selfHelpIsMatchedToTheProblemTypeAndTheService() throws SQLException {
    long outlookPrompt = count("SELECT id FROM problem_type WHERE code = 'CON_CLIENT'");
    long office = count("SELECT id FROM cloud_service WHERE code = 'O365'");
    long dynamics = count("SELECT id FROM cloud_service WHERE code = 'D365'");
    List<SelfHelpArticle> articles = escalations.selfHelp(outlookPrompt, office);
    assertEquals(1, articles.size());
    assertEquals("Outlook keeps asking for a password", articles.get(0).getTitle());
    assertTrue(
        escalations.selfHelp(outlookPrompt, dynamics).isEmpty(),
        "a Dynamics 365 problem gets no Outlook article");
    long slowOffice = count("SELECT id FROM problem_type WHERE code = 'PERF_SLOW'");
    assertEquals(
        1, escalations.selfHelp(slowOffice, dynamics).size(), "an article for any service");
    assertTrue(
        escalations
            .selfHelp(count("SELECT id FROM problem_type WHERE code = 'BILL_PAYMENT'"), office)
            .isEmpty());
  }

  @Test
  void theAdminCenterLinkCarriesTheCustomersTenantAndDomain() {
    CloudService office =
        em.createQuery("SELECT s FROM CloudService s WHERE s.code = 'O365'", CloudService.class)
            .getSingleResult();
    assertEquals(
        "https://portal.partner.microsoftonline.cn/AdminPortal/Home?tenantId=a1b2%26c",
        office.adminCenterFor("a1b2&c", "contoso.partner.cn"));
    CloudService azure =
        em.createQuery("SELECT s FROM CloudService s WHERE s.code = 'AZURE'", CloudService.class)
            .getSingleResult();
    assertEquals(
        "https://portal.azure.cn/contoso.partner.cn",
        azure.adminCenterFor("a1b2", "contoso.partner.cn"));
  }
}
