package com.vianet.partnersupport.portal.request;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vianet.partnersupport.core.request.ContactMethod;
import com.vianet.partnersupport.core.request.RequestCategory;
import com.vianet.partnersupport.core.request.RequestKind;
import com.vianet.partnersupport.core.request.RequestStatus;
import com.vianet.partnersupport.core.request.Severity;
import com.vianet.partnersupport.core.testing.Sql;
import com.vianet.partnersupport.core.user.Role;
import com.vianet.partnersupport.portal.config.DatabaseStartup;
import com.vianet.partnersupport.portal.download.DownloadRecord;
import com.vianet.partnersupport.portal.security.PartnerScope;
import com.vianet.partnersupport.portal.testing.Deployments;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolationException;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.List;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Partner Center requests through the service layer, on Payara Micro and its database. */
@ExtendWith(ArquillianExtension.class)
class PartnerCenterRequestsIT {

  @Deployment
  static WebArchive deployment() {
    return Deployments.portal(PartnerCenterRequestsIT.class);
  }

  @Inject PartnerCenterRequests requests;
  @Inject RequestSearch search;

  @Resource(lookup = DatabaseStartup.DATA_SOURCE)
  DataSource dataSource;

  private PartnerScope contoso() throws SQLException {
    return PartnerScope.partnerStaff(
        Role.PARTNER_ADMIN, count("SELECT id FROM partner WHERE code = 'CONTOSO'"));
  }

  private PartnerScope fabrikam() throws SQLException {
    return PartnerScope.partnerStaff(
        Role.PARTNER_ADMIN, count("SELECT id FROM partner WHERE code = 'FABRIKAM'"));
  }

  private Actor contosoAdmin() throws SQLException {
    return new Actor(count("SELECT id FROM app_user WHERE username = 'contoso.admin'"), "Li Wei");
  }

  private static RequestDraft draft(String title) {
    RequestDraft draft = new RequestDraft();
    draft.setCategory(RequestCategory.BILLING);
    draft.setTitle(title);
    draft.setDescription("The October invoice shows 120 Office 365 licences; we have 100.");
    draft.setSeverity(Severity.MODERATE);
    draft.setContactName("Li Wei");
    draft.setContactEmail("li.wei@contoso.example.cn");
    draft.setContactPhone("+86 21 5555 0100");
    draft.setPreferredContact(ContactMethod.EMAIL);
    return draft;
  }

  @Test
  void partnerSubmitsReadsAddsANoteAndClosesItsRequest() throws SQLException {
    AttachmentUpload invoice =
        AttachmentUpload.accept(
            "C:\\scans\\invoice.pdf", "%PDF-1.4 test".getBytes(StandardCharsets.US_ASCII), 0);
    String number =
        requests.submit(
            contoso(), contosoAdmin(), draft("Invoice total is wrong"), List.of(invoice));

    SupportRequest request = requests.find(contoso(), number).orElseThrow();
    assertEquals(RequestStatus.SUBMITTED, request.getStatus());
    assertEquals(RequestKind.PARTNER, request.getKind());
    assertEquals("Invoice total is wrong", request.getTitle());
    List<AttachmentSummary> attachments = requests.attachments(contoso(), number);
    assertEquals(1, attachments.size());
    assertEquals("invoice.pdf", attachments.get(0).fileName());
    assertEquals("application/pdf", attachments.get(0).contentType());
    assertEquals(
        2,
        count(
            "SELECT COUNT(*) FROM request_history h JOIN support_request r ON r.id = h.request_id"
                + " WHERE r.request_number = '"
                + number
                + "'"));

    requests.addNote(contoso(), number, contosoAdmin(), "The reconciliation file is attached.");
    requests.close(contoso(), number, contosoAdmin(), "Solved it ourselves");

    SupportRequest closed = requests.find(contoso(), number).orElseThrow();
    assertEquals(RequestStatus.CLOSED, closed.getStatus());
    assertEquals(
        5,
        count(
            "SELECT COUNT(*) FROM request_history h JOIN support_request r ON r.id = h.request_id"
                + " WHERE r.request_number = '"
                + number
                + "'"));
    RequestRejectedException again =
        assertThrows(
            RequestRejectedException.class,
            () -> requests.close(contoso(), number, contosoAdmin(), null));
    assertEquals("request.closedAlready", again.messageKey());
  }

  @Test
  void aDoubleSubmitOfTheSameFormCreatesOneRequest() throws SQLException {
    RequestDraft draft = draft("Payment not applied");
    String first = requests.submit(contoso(), contosoAdmin(), draft, List.of());
    String second = requests.submit(contoso(), contosoAdmin(), draft, List.of());
    assertEquals(first, second);
    assertEquals(
        1,
        count(
            "SELECT COUNT(*) FROM support_request WHERE submission_token = '"
                + draft.getSubmissionToken()
                + "'"));
  }

  @Test
  void partnerCannotSeeOrChangeAnotherPartnersRequest() throws SQLException {
    AttachmentUpload log =
        AttachmentUpload.accept("trace.txt", "error 42".getBytes(StandardCharsets.UTF_8), 0);
    String number = requests.submit(contoso(), contosoAdmin(), draft("Contoso only"), List.of(log));
    long attachmentId = requests.attachments(contoso(), number).get(0).id();

    assertTrue(requests.find(fabrikam(), number).isEmpty());
    Actor someone = contosoAdmin();
    assertTrue(
        requests
            .download(fabrikam(), someone, number, attachmentId, DownloadRecord.Channel.PAGE)
            .isEmpty());
    assertTrue(
        requests
            .download(contoso(), someone, number, attachmentId, DownloadRecord.Channel.API)
            .isPresent());
    // Only the download that handed the file out is recorded: who, which file, how.
    assertEquals(
        1,
        count(
            "SELECT COUNT(*) FROM download_record WHERE kind = 'ATTACHMENT' AND channel = 'API'"
                + " AND file_name = 'trace.txt' AND object_id = "
                + attachmentId
                + " AND user_id = "
                + someone.userId()));
    assertEquals(
        1, count("SELECT COUNT(*) FROM download_record WHERE object_id = " + attachmentId));
    RequestRejectedException refused =
        assertThrows(
            RequestRejectedException.class,
            () -> requests.addNote(fabrikam(), number, contosoAdmin(), "sneaky"));
    assertEquals("request.notFound", refused.messageKey());
    assertTrue(
        requests.find(PartnerScope.staff(Role.VIANET_AGENT), number).isPresent(),
        "21Vianet staff see every partner");
  }

  @Test
  void aForgedCustomerOfAnotherPartnerIsRefused() throws SQLException {
    RequestDraft draft = draft("Forged customer");
    draft.setCustomerId(
        count(
            "SELECT MIN(c.id) FROM customer c JOIN partner p ON p.id = c.partner_id WHERE p.code ="
                + " 'FABRIKAM'"));
    RequestRejectedException refused =
        assertThrows(
            RequestRejectedException.class,
            () -> requests.submit(contoso(), contosoAdmin(), draft, List.of()));
    assertEquals("request.customerNotYours", refused.messageKey());
    assertEquals(0, count("SELECT COUNT(*) FROM support_request WHERE title = 'Forged customer'"));
  }

  @Test
  void theDomainRefusesWhatTheFormWouldHaveRefused() {
    RequestDraft tooLong = draft("x".repeat(201));
    Exception refused =
        assertThrows(
            Exception.class, () -> requests.submit(contoso(), contosoAdmin(), tooLong, List.of()));
    assertTrue(hasCause(refused, ConstraintViolationException.class), refused.toString());

    RequestDraft phoneMissing = draft("Call me");
    phoneMissing.setPreferredContact(ContactMethod.PHONE);
    phoneMissing.setContactPhone(" ");
    assertThrows(
        Exception.class, () -> requests.submit(contoso(), contosoAdmin(), phoneMissing, List.of()));

    RequestDraft customerCategory = draft("How to");
    customerCategory.setCategory(RequestCategory.HOW_TO);
    assertThrows(
        RequestRejectedException.class,
        () -> requests.submit(contoso(), contosoAdmin(), customerCategory, List.of()));
  }

  @Test
  void scriptInTheTitleIsStoredAsTyped() throws SQLException {
    String title = "<script>alert('x')</script> =cmd|' /C calc'!A0";
    String number = requests.submit(contoso(), contosoAdmin(), draft(title), List.of());
    assertEquals(title, requests.find(contoso(), number).orElseThrow().getTitle());
  }

  @Test
  void listsPageFilterAndCountInTheDatabaseWithinThePartner() throws SQLException {
    RequestFilter filter = new RequestFilter();
    filter.setKind(RequestKind.PARTNER);
    filter.setStatus(RequestStatus.CLOSED);
    long contosoId = contoso().partnerId().orElseThrow();
    long expected =
        count(
            "SELECT COUNT(*) FROM support_request WHERE kind = 'PARTNER' AND status = 'CLOSED'"
                + " AND partner_id = "
                + contosoId);
    assertEquals(expected, search.count(contoso(), filter));
    assertFalse(
        expected == search.count(PartnerScope.staff(Role.VIANET_AGENT), filter),
        "other partners have closed requests too");

    List<RequestListItem> page = search.page(contoso(), filter, 0, 5, "number", true);
    assertEquals(Math.min(5, expected), page.size());
    for (int i = 1; i < page.size(); i++) {
      assertTrue(page.get(i - 1).number().compareTo(page.get(i).number()) < 0);
      assertEquals(RequestStatus.CLOSED, page.get(i).status());
    }
    assertEquals(
        expected,
        count(
            "SELECT COUNT(*) FROM support_request r JOIN partner p ON p.id = r.partner_id"
                + " WHERE r.kind = 'PARTNER' AND r.status = 'CLOSED' AND p.code = 'CONTOSO'"));
  }

  @Test
  void theSearchBoxFindsByNumberWordsAndAChineseWordWithinThePartnerOnly() throws SQLException {
    RequestDraft chinese = draft("邮箱账单同步失败 Exchange");
    chinese.setDescription("客户的账单邮件没有同步到 Outlook，已经重试两次。");
    String number = requests.submit(contoso(), contosoAdmin(), chinese, List.of());

    assertEquals(List.of(number), numbers(contoso(), number.toLowerCase()));
    assertTrue(numbers(contoso(), "账单").contains(number), "a two-character Chinese word");
    assertTrue(numbers(contoso(), "同步 exchange").contains(number), "words of title and body");
    assertTrue(numbers(contoso(), "OUTLOOK 账单").contains(number), "any case, mixed scripts");
    assertFalse(numbers(contoso(), "账单 nonexistentword").contains(number), "every word counts");
    assertEquals(List.of(), numbers(fabrikam(), number), "another partner finds nothing");
    assertFalse(numbers(fabrikam(), "邮箱账单").contains(number));

    // Customer cases are found by the customer's name or domain.
    RequestFilter byDomain = new RequestFilter();
    String domain =
        Sql.text(
            dataSource,
            "SELECT c.domain FROM support_request r JOIN customer c ON c.id = r.customer_id JOIN"
                + " partner p ON p.id = r.partner_id WHERE p.code = 'CONTOSO' ORDER BY r.id FETCH"
                + " FIRST 1 ROWS ONLY");
    byDomain.setText(domain);
    assertTrue(search.count(contoso(), byDomain) > 0, domain);
  }

  private List<String> numbers(PartnerScope scope, String text) {
    RequestFilter filter = new RequestFilter();
    filter.setText(text);
    return search.page(scope, filter, 0, 50, "createdAt", false).stream()
        .map(RequestListItem::number)
        .toList();
  }

  private static boolean hasCause(Throwable t, Class<? extends Throwable> type) {
    for (Throwable c = t; c != null; c = c.getCause()) {
      if (type.isInstance(c)) {
        return true;
      }
    }
    return false;
  }

  private long count(String sql) throws SQLException {
    return Sql.count(dataSource, sql);
  }
}
