package com.vianet.partnersupport.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/** Who may do what, as people meet it in the browser: tokens, the matrix, administration. */
class AccessBrowserIT {

  private static int apiStatus(String token) throws Exception {
    return HttpClient.newHttpClient()
        .send(
            HttpRequest.newBuilder(URI.create(Browser.BASE_URL + "api/v1/servicerequests?size=1"))
                .header("Authorization", "Bearer " + token)
                .build(),
            HttpResponse.BodyHandlers.discarding())
        .statusCode();
  }

  @Test
  void aPartnerAdminCreatesATokenThatAScriptUsesUntilItIsRevoked() throws Exception {
    try (Browser admin = Browser.signedInAs("contoso.admin")) {
      admin.open("profile.xhtml");
      admin.type("tokens-form:token-name", "Nightly sync");
      admin.clickAndWaitForPage("tokens-form:create-token");
      String token = admin.text("token-value");
      assertThat(token).startsWith("psk_");
      String table = admin.text("tokens-form:tokens");
      assertThat(table).contains("Nightly sync");
      // The server runs in UTC; the column says Beijing time and shows it.
      java.time.format.DateTimeFormatter minute =
          java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
      java.time.ZonedDateTime beijing =
          java.time.ZonedDateTime.now(java.time.ZoneId.of("Asia/Shanghai"));
      assertThat(table)
          .containsAnyOf(minute.format(beijing), minute.format(beijing.minusMinutes(1)));
      assertThat(apiStatus(token)).isEqualTo(200);

      admin.clickAndWaitForPage("tokens-form:tokens:0:revoke");
      assertThat(admin.isPresent("token-value")).isFalse();
      assertThat(admin.text("tokens-form:tokens")).contains("Revoked");
      assertThat(apiStatus(token)).isEqualTo(401);
    }
  }

  @Test
  void aPartnerAgentWorksRequestsButIsNotOfferedWhatOnlyTheAdminMayDo() {
    try (Browser agent = Browser.signedInAs("contoso.agent")) {
      agent.open("profile.xhtml");
      agent.waitFor("profile-form:channels");
      assertThat(agent.isPresent("profile-form:save-profile")).isFalse();
      assertThat(agent.isPresent("tokens-form")).isFalse();
      agent.open("admin/personal-data.xhtml");
      assertThat(agent.text("error-text")).isEqualTo("You are not allowed to open this page.");
    }
  }

  @Test
  void aVianetAdministratorHandlesPersonalDataRequests() {
    try (Browser administrator = Browser.signedInAs("vianet.admin")) {
      administrator.open("dashboard.xhtml");
      administrator.clickAndWaitForPage("menu-form:menu-personal-data");
      assertThat(administrator.currentUrl()).endsWith("/admin/personal-data.xhtml");
      // Nobody has this address: the erasure is recorded and changes nothing.
      administrator.type("privacy-form:email", "nobody.here@example.cn");
      administrator.click("privacy-form:erase");
      administrator.clickAndWaitForPage("privacy-form:confirm-yes");
      assertThat(administrator.text("messages"))
          .contains("Done: 0 record(s) no longer name the person.");
    }
  }

  @Test
  void theServerNamesNoProductOrVersionAndPagesCarryTheSecurityHeaders() throws Exception {
    HttpResponse<Void> page =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(Browser.BASE_URL + "login.xhtml")).build(),
                HttpResponse.BodyHandlers.discarding());
    assertThat(page.headers().firstValue("X-Powered-By")).isEmpty();
    assertThat(page.headers().firstValue("Server").orElse("")).doesNotContainPattern("\\d");
    assertThat(page.headers().firstValue("Content-Security-Policy").orElse("")).contains("'nonce-");
    assertThat(page.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
  }
}
