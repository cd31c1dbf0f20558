package com.vianet.partnersupport.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Dashboard › Support requests › Partner Center requests › New request › Submit, in Chromium. */
class PartnerCenterRequestBrowserIT {

  private static Browser browser;

  @BeforeAll
  static void signIn() {
    browser = Browser.signedInAs("northwind.admin");
  }

  @AfterAll
  static void stopBrowser() {
    browser.close();
  }

  @Test
  void partnerAdminSubmitsARequestAfterFixingAMissingField() throws IOException {
    browser.open("requests/list.xhtml");
    assertThat(browser.text("page-title")).isEqualTo("Partner Center requests");
    browser.clickAndWaitForPage("new-request");
    assertThat(browser.text("page-title")).isEqualTo("New Partner Center request");

    browser.selectByLabel("request-form:category", "Billing");
    browser.waitForOption("request-form:problem-type", "Payment not applied");
    browser.selectByLabel("request-form:problem-type", "Payment not applied");
    String script = "<script>document.title='pwned'</script> <b>bold</b>";
    browser.type("request-form:description", "Paid on 2 Nov, still shown as open. " + script);
    browser.clickRadio("request-form:severity:1");
    Path receipt = Files.createTempFile("receipt", ".txt");
    Files.writeString(receipt, "bank reference 88-2026-11-02", StandardCharsets.UTF_8);
    browser.upload("request-form:attachments", receipt);
    browser.clickAndWaitForPage("request-form:submit");

    // The title was missing: the page says so and keeps everything else that was typed.
    assertThat(browser.text("request-form:title-message")).isNotBlank();
    assertThat(browser.value("request-form:description"))
        .contains("Paid on 2 Nov")
        .contains(script);
    assertThat(browser.pageSource()).doesNotContain("<b>bold</b>");

    browser.type("request-form:title", "Payment of 2 November not applied " + script);
    browser.upload("request-form:attachments", receipt);
    browser.clickAndWaitForPage("request-form:submit");

    assertThat(browser.currentUrl()).contains("/requests/detail.xhtml");
    String number = browser.text("request-number");
    assertThat(number).startsWith("SR");
    assertThat(browser.text("messages"))
        .contains("Your request " + number + " has been submitted.");
    assertThat(browser.text("contact-promise"))
        .isEqualTo("A 21Vianet support agent will contact you directly.");
    assertThat(browser.text("request-status")).isEqualTo("Submitted");
    assertThat(browser.text("request-description")).endsWith(script);
    assertThat(browser.title()).doesNotContain("pwned");
    assertThat(browser.text("attachments-form:attachments"))
        .contains(receipt.getFileName().toString());

    browser.open("requests/list.xhtml");
    assertThat(browser.text("list-form:requests")).contains(number);

    browser.open("requests/detail.xhtml?number=" + number);
    browser.type("actions-form:note", "The bank confirmed the transfer today.");
    browser.clickAndWaitForPage("actions-form:add-note");
    assertThat(browser.text("timeline")).contains("The bank confirmed the transfer today.");
    Files.delete(receipt);
  }

  @Test
  void anotherPartnersRequestIsNotFound() {
    String contosoRequest;
    try (Browser contoso = Browser.signedInAs("contoso.admin")) {
      contoso.open("requests/list.xhtml");
      contosoRequest = contoso.waitFor("list-form:requests:0:open-request").getText();
      contoso.open("requests/detail.xhtml?number=" + contosoRequest);
      assertThat(contoso.text("request-number")).isEqualTo(contosoRequest);
    }

    browser.open("requests/detail.xhtml?number=" + contosoRequest);

    assertThat(browser.text("error-text")).isEqualTo("The page you asked for does not exist.");
    assertThat(browser.isPresent("request-number")).isFalse();
    assertThat(browser.pageSource()).doesNotContain(contosoRequest + "</");
  }
}
