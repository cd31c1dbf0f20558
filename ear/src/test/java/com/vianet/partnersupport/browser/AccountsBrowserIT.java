package com.vianet.partnersupport.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.vianet.partnersupport.core.demo.OrganisationWriter;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Accounts as people meet them, in Chromium against the EAR: organisational sign-in through a real
 * OpenID provider, an invitation accepted from its mail, a deactivated user thrown out, a password
 * reset by its mailed link.
 */
class AccountsBrowserIT {

  private static final String CONTOSO_TENANT = OrganisationWriter.demoTenantId("CONTOSO");
  private static final String GOOD_PASSWORD = "amber kettle monsoon ribbon";

  private Browser browser;
  private Browser other;

  @BeforeAll
  static void startProviders() {
    TestProviders.start();
  }

  @AfterEach
  void closeBrowsers() {
    if (browser != null) {
      browser.close();
    }
    if (other != null) {
      other.close();
    }
  }

  private Browser englishBrowser() {
    Browser b = new Browser(Browser.BASE_URL);
    b.open("login.xhtml");
    b.clickAndWaitForPage("language-form:language-en");
    return b;
  }

  private void signInWithOrganisation(Browser b) {
    b.open("login.xhtml");
    b.clickAndWaitForPage("sign-in-organisation");
  }

  @Test
  void aPartnersPersonSignsInWithTheOrganisationAndIsCreatedWithTheMappedRole() {
    browser = englishBrowser();
    TestProviders.nextSignIn(
        "entra-sun-li",
        CONTOSO_TENANT,
        List.of("PartnerSupport.PartnerAgent", "Unmapped.Group"),
        "Sun Li",
        "sun.li@contoso.example.cn");
    signInWithOrganisation(browser);

    assertThat(browser.currentUrl()).endsWith("/dashboard.xhtml");
    assertThat(browser.text("welcome")).isEqualTo("Welcome, Sun Li");
    assertThat(browser.text("open-requests-panel")).contains("Contoso Cloud Services");
    assertThat(browser.isPresent("menu-form:menu-users"))
        .as("an agent administers nobody")
        .isFalse();
    browser.clickAndWaitForPage("menu-form:sign-out");

    // The organisation made her an admin: it applies at her next sign-in.
    TestProviders.nextSignIn(
        "entra-sun-li",
        CONTOSO_TENANT,
        List.of("PartnerSupport.PartnerAdmin"),
        "Sun Li",
        "sun.li@contoso.example.cn");
    signInWithOrganisation(browser);
    assertThat(browser.text("welcome")).isEqualTo("Welcome, Sun Li");
    assertThat(browser.isPresent("menu-form:menu-users")).isTrue();
  }

  @Test
  void anOrganisationThatIsNoPartnerIsRefusedWithAClearMessage() {
    browser = englishBrowser();
    TestProviders.nextSignIn(
        "entra-stranger",
        "0e0e0e0e-1111-4222-8333-444455556666",
        List.of("PartnerSupport.PartnerAdmin"),
        "Stranger",
        "someone@elsewhere.example.com");
    signInWithOrganisation(browser);

    assertThat(browser.currentUrl()).contains("/login.xhtml");
    assertThat(browser.text("login-form:refused"))
        .contains("Your organisation is not a partner of 21Vianet Partner Support");
    browser.open("dashboard.xhtml");
    assertThat(browser.currentUrl()).endsWith("/login.xhtml");
  }

  @Test
  void anInvitedColleagueAcceptsFromTheMailAndIsThrownOutOnceDeactivated() throws Exception {
    browser = Browser.signedInAs("contoso.admin");
    String email = "he.ping@contoso.example.cn";
    invite(browser, email, "He Ping");

    other = englishBrowser();
    other.open(TestProviders.linkMailedTo(email, "invitation").replace(Browser.BASE_URL, ""));
    assertThat(other.text("password-form:whose")).contains("He Ping").contains(email);
    choosePassword(other, "password1234");
    assertThat(other.text("messages")).contains("too easy to guess");
    choosePassword(other, GOOD_PASSWORD);
    assertThat(other.text("login-form:password-set")).contains("Your password is set");
    other.signIn(email, GOOD_PASSWORD);
    assertThat(other.text("welcome")).isEqualTo("Welcome, He Ping");

    // The admin deactivates her; her open session ends at her next click.
    browser.open("users/list.xhtml");
    editUser(browser, "He Ping");
    browser.clickAndWaitForPage("users-form:deactivate");
    assertThat(browser.text("messages")).contains("He Ping is deactivated");
    other.open("requests/list.xhtml");
    assertThat(other.currentUrl()).contains("/login.xhtml");
    assertThat(other.text("login-form:access-ended")).contains("Your access has ended");
    other.signIn(email, GOOD_PASSWORD);
    assertThat(other.currentUrl()).doesNotEndWith("/dashboard.xhtml");
  }

  @Test
  void aForgottenPasswordIsResetThroughTheMailedLinkOnce() throws Exception {
    browser = Browser.signedInAs("contoso.admin");
    String email = "lu.yan@contoso.example.cn";
    invite(browser, email, "Lu Yan");
    other = englishBrowser();
    other.open(TestProviders.linkMailedTo(email, "invitation").replace(Browser.BASE_URL, ""));
    choosePassword(other, GOOD_PASSWORD);

    other.clickAndWaitForPage("login-form:forgot-password");
    other.type("forgot-form:name", email);
    other.clickAndWaitForPage("forgot-form:send");
    assertThat(other.text("messages")).contains("a link is on its way");
    String link = TestProviders.linkMailedTo(email, "new password").replace(Browser.BASE_URL, "");
    String newPassword = "saffron glacier tandem whistle";
    other.open(link);
    choosePassword(other, newPassword);
    other.signIn(email, newPassword);
    assertThat(other.text("welcome")).isEqualTo("Welcome, Lu Yan");

    other.open(link);
    assertThat(other.text("messages")).contains("This link no longer works");
  }

  /** On a one-time link's page: the password twice, then save. */
  private static void choosePassword(Browser b, String password) {
    b.type("password-form:new-password", password);
    b.type("password-form:confirm-password", password);
    b.clickAndWaitForPage("password-form:save-password");
  }

  private static void invite(Browser admin, String email, String name) {
    admin.open("users/list.xhtml");
    admin.type("invite-form:email", email);
    admin.type("invite-form:name", name);
    admin.click("invite-form:invite-roles:1");
    admin.clickAndWaitForPage("invite-form:send-invitation");
    assertThat(admin.text("messages")).contains("The invitation to " + email + " is on its way");
  }

  /** Opens the edit panel of the user named so in the users table. */
  private static void editUser(Browser admin, String name) {
    int row = 0;
    while (!admin.text("users-form:users:" + row + ":name").equals(name)) {
      row++;
    }
    admin.click("users-form:users:" + row + ":edit");
    admin.waitFor("users-form:deactivate");
  }
}
