package com.vianet.partnersupport.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Support requests › Customer requests › search the customer › New request › service › the
 * customer's service page › self-resolution or a submitted escalation, in Chromium.
 */
class CustomerRequestBrowserIT {

  private static Browser browser;

  @BeforeAll
  static void signIn() {
    browser = Browser.signedInAs("fabrikam.admin");
  }

  @AfterAll
  static void stopBrowser() {
    browser.close();
  }

  @BeforeEach
  void english() {
    browser.open("dashboard.xhtml");
    browser.clickAndWaitForPage("language-form:language-en");
  }

  /** Steps 1–3: the list, the customer search, New request, the service. */
  private String openServicePageOfFirstCustomer() {
    browser.open("dashboard.xhtml");
    browser.openMenu("menu-form:menu-support");
    browser.clickAndWaitForPage("menu-form:menu-customer-requests");
    assertThat(browser.text("page-title")).isEqualTo("Customer requests");
    browser.type("customer-search-form:customer_input", "lotus");
    browser.clickFirstSuggestion("customer-search-form:customer");
    browser.waitForValue("customer-search-form:customer_input", "lotus-trading");
    browser.clickAndWaitForPage("customer-search-form:new-customer-request");
    assertThat(browser.text("page-title")).isEqualTo("New customer request");
    String customer = browser.text("customer-name");
    // Office 365: its Outlook article below is for that service only.
    browser.selectByLabel("customer-request-form:service", "Office 365");
    browser.waitFor("customer-request-form:customer-service");
    assertThat(browser.text("customer-request-form:service-health")).isNotBlank();
    assertThat(browser.text("customer-request-form:admin-center"))
        .isEqualTo("Open the customer's admin center");
    assertThat(browser.waitFor("customer-request-form:admin-center").getAttribute("href"))
        .startsWith("https://portal.partner.microsoftonline.cn/AdminPortal/Home?tenantId=");
    assertThat(browser.text("customer-request-form:support-profile")).contains("24×7×365");
    browser.selectByLabel(
        "customer-request-form:category", "Client connectivity and desktop clients");
    browser.waitForOption("customer-request-form:problem-type", "Desktop client cannot connect");
    browser.selectByLabel("customer-request-form:problem-type", "Desktop client cannot connect");
    assertThat(
            browser.waitForText(
                "customer-request-form:self-help", "Outlook keeps asking for a password"))
        .isTrue();
    return customer;
  }

  @Test
  void partnerResolvesTheProblemItselfAndTheCaseIsKept() {
    String customer = openServicePageOfFirstCustomer();

    browser.type(
        "customer-request-form:deflect-note",
        "Followed the guided check with the customer's admin; fixed.");
    browser.clickAndWaitForPage("customer-request-form:resolved-myself");

    assertThat(browser.text("messages")).contains("is recorded as resolved by you");
    assertThat(browser.text("list-form:requests"))
        .contains("Resolved by partner")
        .contains(customer.substring(0, customer.indexOf(" (")));
  }

  @Test
  void partnerEscalatesABlockerWithItsJustification() {
    openServicePageOfFirstCustomer();
    browser.click("customer-request-form:still-need-help");
    browser.waitFor("customer-request-form:steps-tried");

    browser.type("customer-request-form:title", "Outlook cannot connect for any user");
    browser.type("customer-request-form:description", "All clients show Disconnected since 08:00.");
    browser.clickRadio("customer-request-form:severity:0");
    browser.clickAndWaitForPage("customer-request-form:submit");
    // Steps tried and a blocker reason are required: the page says so and keeps the rest.
    assertThat(browser.text("customer-request-form:steps-tried-message")).isNotBlank();
    assertThat(browser.text("customer-request-form:blockers-message")).isNotBlank();
    assertThat(browser.value("customer-request-form:title"))
        .isEqualTo("Outlook cannot connect for any user");

    browser.type(
        "customer-request-form:steps-tried", "Connectivity analyser, new profiles, two networks.");
    browser.clickCheckbox("customer-request-form:blockers:2");
    browser.clickAndWaitForPage("customer-request-form:submit");

    assertThat(browser.text("messages"))
        .contains("has been submitted. A 21Vianet support agent will contact you directly.");
    browser.clickAndWaitForPage("list-form:requests:0:open-request");
    assertThat(browser.text("justification"))
        .contains("Connectivity analyser, new profiles, two networks.")
        .contains("Lack of tools");
  }

  @Test
  void theReviewsAdviceFollowsTheFormAndAPartnerWhoTakesItRecordsTheCase() {
    openServicePageOfFirstCustomer();
    browser.click("customer-request-form:still-need-help");
    browser.waitFor("customer-request-form:steps-tried");
    // Nothing tried yet, and self-help covers this problem: the review would flag both.
    assertThat(browser.waitForText("customer-request-form:advice", "Describe what you tried"))
        .isTrue();
    assertThat(browser.text("advice-list"))
        .contains("self-help item(s) listed above cover this problem");

    browser.type("customer-request-form:steps-tried", "Tried again. Restarted.");
    browser.waitForAjax();
    assertThat(browser.text("advice-list")).contains("As written it weighs 0 of the 30");
    browser.type(
        "customer-request-form:steps-tried",
        "Ran the connectivity analyser and recreated every Outlook profile.");
    assertThat(browser.waitForTextGone("customer-request-form:advice", "Describe what you tried"))
        .isTrue();
    assertThat(browser.text("advice-list")).contains("self-help item(s)");

    // The partner takes the advice: the case is kept as resolved by them, with what they saw.
    browser.type("customer-request-form:advice-note", "Went through the Outlook article; fixed.");
    browser.clickAndWaitForPage("customer-request-form:resolved-after-advice");
    assertThat(browser.text("messages")).contains("is recorded as resolved by you");
    browser.clickAndWaitForPage("list-form:requests:0:open-request");
    assertThat(browser.text("advice-shown")).contains("Self-help available");
  }

  @Test
  void theFlowSpeaksItalianAndChinese() {
    browser.open("customers/requests.xhtml");
    browser.clickAndWaitForPage("language-form:language-it");
    assertThat(browser.text("page-title")).isEqualTo("Richieste dei clienti");
    assertThat(browser.text("customer-search-form:new-customer-request"))
        .isEqualTo("Nuova richiesta");
    browser.clickAndWaitForPage("language-form:language-zh-CN");
    assertThat(browser.text("page-title")).isEqualTo("客户请求");
    assertThat(browser.text("customer-search-form:new-customer-request")).isEqualTo("新建请求");
  }
}
