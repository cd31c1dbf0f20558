package com.vianet.partnersupport.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The 21Vianet agent's side in Chromium: the queue, taking a request, a verdict the partner then
 * reads.
 */
class SupportConsoleBrowserIT {

  /** Opens the first unassigned request of the queue, after filtering as an agent would. */
  private static String openFirstUnassigned(Browser agent, String kindLabel, String partnerName) {
    agent.open("dashboard.xhtml");
    agent.clickAndWaitForPage("menu-form:menu-queue");
    assertThat(agent.text("page-title")).isEqualTo("21Vianet queue");
    if (kindLabel != null) {
      agent.selectByLabel("queue-form:filter-kind", kindLabel);
    }
    if (partnerName != null) {
      agent.selectByLabel("queue-form:filter-partner", partnerName);
    }
    agent.tick("queue-form:filter-unassigned");
    agent.click("queue-form:apply-filters");
    agent.waitForAjax();
    agent.clickAndWaitForPage("queue-form:queue:0:open-request");
    return agent.text("page-title").replace("Request ", "");
  }

  @Test
  void agentTakesARequestAndLogsTheContact() {
    try (Browser agent = Browser.signedInAs("vianet.agent")) {
      openFirstUnassigned(agent, null, null);
      assertThat(agent.text("request-assigned")).isEqualTo("Nobody yet");
      agent.clickAndWaitForPage("take-form:take-request");
      assertThat(agent.text("messages")).startsWith("You took request");
      assertThat(agent.text("request-assigned")).isEqualTo("You");

      agent.type(
          "contact-form:contact-summary", "Phoned the admin; will send the tenant's logs today.");
      agent.clickAndWaitForPage("contact-form:log-contact");
      assertThat(agent.text("messages")).contains("Contact logged");
      assertThat(agent.text("contacts")).contains("Phoned the admin");
      assertThat(agent.text("timeline")).contains("Contact with the requester");
    }
  }

  @Test
  void agentGivesAVerdictAndThePartnerSeesItOnItsRequest() {
    String number;
    try (Browser agent = Browser.signedInAs("vianet.agent")) {
      number = openFirstUnassigned(agent, "Escalated to 21Vianet", "Fabrikam Solutions");
      agent.choose("verdict-form:verdict:1");
      agent.clickAndWaitForPage("verdict-form:record-verdict");
      // Inappropriate without a reason is refused, with the reason why.
      assertThat(agent.text("messages")).contains("needs at least one reason");
      agent.choose("verdict-form:verdict:1");
      agent.choose("verdict-form:verdict-reasons:2");
      agent.clickAndWaitForPage("verdict-form:record-verdict");
      assertThat(agent.text("messages")).contains("Verdict recorded");
      assertThat(agent.text("verdict-form:current-verdict"))
          .contains("Inappropriate")
          .contains("how-to question");
    }
    try (Browser partner = Browser.signedInAs("fabrikam.admin")) {
      partner.open("requests/detail.xhtml?number=" + number);
      assertThat(partner.text("verdict-value")).isEqualTo("Inappropriate");
      assertThat(partner.text("verdict-reasons"))
          .contains("Within the partner's scope: how-to question");
      assertThat(partner.text("timeline")).contains("Escalation reviewed");
    }
  }

  @Test
  void aNewCriticalRequestAlertsTheAgentAtOnceAndTheQueueListsBreachedTargetsFirst() {
    try (Browser agent = Browser.signedInAs("vianet.agent")) {
      agent.open("console/queue.xhtml");
      // Ordered by the nearer target: once a row is not overdue, no row below it is.
      boolean onTime = false;
      String queue = agent.text("queue-form:queue");
      for (int row = 0; agent.isPresent("queue-form:queue:" + row + ":open-request"); row++) {
        String number = agent.text("queue-form:queue:" + row + ":open-request");
        String next =
            agent.isPresent("queue-form:queue:" + (row + 1) + ":open-request")
                ? agent.text("queue-form:queue:" + (row + 1) + ":open-request")
                : null;
        String cells =
            queue.substring(
                queue.indexOf(number), next == null ? queue.length() : queue.indexOf(next));
        boolean overdue = cells.contains("Overdue by");
        assertThat(overdue && onTime).as("%s overdue below a row on time", number).isFalse();
        onTime |= !overdue;
      }

      String number;
      try (Browser partner = Browser.signedInAs("contoso.admin")) {
        partner.open("requests/new.xhtml");
        partner.selectByLabel("request-form:category", "Billing");
        partner.waitForOption("request-form:problem-type", "Payment not applied");
        partner.selectByLabel("request-form:problem-type", "Payment not applied");
        partner.type("request-form:title", "Invoices cannot be paid at all");
        partner.type("request-form:description", "Every payment is refused since 10:00.");
        partner.clickRadio("request-form:severity:0");
        partner.clickAndWaitForPage("request-form:submit");
        number = partner.text("request-number");
      }
      // The alert is raised when the submission commits, and shows on the agent's next page.
      String alert = "New critical request " + number + ": Invoices cannot be paid at all";
      for (int attempt = 0; attempt < 10 && !agent.pageSource().contains(alert); attempt++) {
        agent.open("dashboard.xhtml");
      }
      assertThat(agent.waitForText("alert-form:agent-alerts_container", alert)).isTrue();
      agent.open("dashboard.xhtml");
      assertThat(agent.pageSource()).as("each alert shows once").doesNotContain(alert);
    }
  }

  @Test
  void partnerUsersCannotReachTheConsole() {
    try (Browser partner = Browser.signedInAs("contoso.admin")) {
      assertThat(partner.isPresent("menu-form:menu-queue")).isFalse();
      partner.open("console/queue.xhtml");
      assertThat(partner.text("error-text")).isEqualTo("You are not allowed to open this page.");
      partner.open("console/request.xhtml?id=1");
      assertThat(partner.text("error-text")).isEqualTo("You are not allowed to open this page.");
    }
    try (Browser helpdesk = Browser.signedInAs("contoso.agent")) {
      helpdesk.open("remediation/plans.xhtml");
      assertThat(helpdesk.text("error-text")).isEqualTo("You are not allowed to open this page.");
    }
  }
}
