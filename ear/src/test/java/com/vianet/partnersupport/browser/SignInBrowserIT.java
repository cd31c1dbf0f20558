package com.vianet.partnersupport.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The EAR on Payara Server, clicked through in headless Chromium as a partner admin would. */
class SignInBrowserIT {

  private static Browser browser;

  @BeforeAll
  static void startBrowser() {
    browser = new Browser(Browser.BASE_URL);
  }

  @AfterAll
  static void stopBrowser() {
    browser.close();
  }

  @BeforeEach
  void startSignedOutInEnglish() {
    browser.open("login.xhtml");
    if (browser.isPresent("menu-form:sign-out")) {
      browser.clickAndWaitForPage("menu-form:sign-out");
    }
    browser.clickAndWaitForPage("language-form:language-en");
  }

  @Test
  void partnerAdminSignsInSeesTheDashboardAndSignsOut() {
    browser.open("dashboard.xhtml");
    assertThat(browser.currentUrl()).endsWith("/login.xhtml");

    browser.signIn("contoso.admin", "Demo#2026");

    assertThat(browser.currentUrl()).endsWith("/dashboard.xhtml");
    assertThat(browser.text("welcome")).isEqualTo("Welcome, Li Wei");
    assertThat(browser.text("open-requests-panel"))
        .contains("Open support requests of Contoso Cloud Services");
    assertThat(Integer.parseInt(browser.text("open-requests-count"))).isPositive();

    browser.clickAndWaitForPage("menu-form:sign-out");
    assertThat(browser.text("login-form:signed-out")).isEqualTo("You have signed out.");
    browser.open("dashboard.xhtml");
    assertThat(browser.currentUrl()).endsWith("/login.xhtml");
  }

  @Test
  void signInReturnsToThePageThatAskedForIt() {
    browser.open("requests/list.xhtml");
    assertThat(browser.currentUrl()).endsWith("/login.xhtml");

    browser.signIn("contoso.admin", "Demo#2026");

    assertThat(browser.currentUrl()).endsWith("/requests/list.xhtml");
    assertThat(browser.text("page-title")).isEqualTo("Partner Center requests");
  }

  @Test
  void wrongPasswordGetsAClearMessageAndNoSession() {
    browser.signIn("contoso.admin", "wrong-password");

    assertThat(browser.text("login-form:login-messages"))
        .contains("The user name or password is not correct.");
    assertThat(browser.currentUrl()).doesNotEndWith("/dashboard.xhtml");
    browser.open("dashboard.xhtml");
    assertThat(browser.currentUrl()).endsWith("/login.xhtml");
  }

  @Test
  void vianetAgentSeesOpenRequestsOfAllPartners() {
    browser.signIn("vianet.agent", "Demo#2026");

    assertThat(browser.text("open-requests-panel"))
        .contains("Open support requests of all partners");
  }

  @Test
  void pagesSpeakItalianAndChineseWhenTheLanguageIsSwitched() {
    browser.clickAndWaitForPage("language-form:language-it");
    assertThat(browser.text("page-title")).isEqualTo("Accedi");
    assertThat(browser.text("login-form:sign-in")).isEqualTo("Accedi");

    browser.clickAndWaitForPage("language-form:language-zh-CN");
    assertThat(browser.text("page-title")).isEqualTo("登录");

    browser.signIn("fabrikam.admin", "Demo#2026");
    assertThat(browser.text("page-title")).isEqualTo("仪表板");
    assertThat(browser.text("welcome")).isEqualTo("欢迎，Wang Fang");
  }
}
