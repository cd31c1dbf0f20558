package com.vianet.partnersupport.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/**
 * A remediation plan from opening to completion, across the agent, the partner admin and
 * compliance.
 */
class RemediationPlanBrowserIT {

  private static final String PARTNER = "Contoso Cloud Services";

  /**
   * The agent judges one of the partner's open escalations inappropriate (a plan needs one);
   * returns its number.
   */
  static String judgeAnEscalationInappropriate(Browser agent, String partner) {
    agent.open("console/queue.xhtml");
    agent.selectByLabel("queue-form:filter-kind", "Escalated to 21Vianet");
    agent.selectByLabel("queue-form:filter-partner", partner);
    agent.click("queue-form:apply-filters");
    agent.waitForAjax();
    agent.clickAndWaitForPage("queue-form:queue:0:open-request");
    String number = agent.text("page-title").replace("Request ", "");
    agent.choose("verdict-form:verdict:1");
    agent.choose("verdict-form:verdict-reasons:7");
    agent.clickAndWaitForPage("verdict-form:record-verdict");
    assertThat(agent.text("messages")).contains("Verdict recorded");
    return number;
  }

  @Test
  void aPlanGoesFromOpeningToCompletion() {
    String planUrl;
    try (Browser agent = Browser.signedInAs("vianet.agent")) {
      judgeAnEscalationInappropriate(agent, PARTNER);
      agent.open("dashboard.xhtml");
      agent.clickAndWaitForPage("menu-form:menu-remediation");
      agent.selectByLabel("open-plan-form:plan-partner", PARTNER);
      agent.clickAndWaitForPage("open-plan-form:open-plan");
      assertThat(agent.text("messages")).contains("Remediation plan opened");
      assertThat(agent.text("plan-status")).isEqualTo("Proposed");
      assertThat(agent.text("plan-escalations")).isNotBlank();
      planUrl = agent.currentUrl();

      agent.type("meeting-form:meeting-date_input", LocalDate.now().plusDays(2) + " 10:00");
      agent.type("meeting-form:meeting-attendees", "Li Wei, Chen Jing");
      agent.clickAndWaitForPage("meeting-form:schedule-meeting");
      assertThat(agent.text("plan-status")).isEqualTo("Meeting scheduled");
    }
    try (Browser partner = Browser.signedInAs("contoso.admin")) {
      partner.open(planUrl.substring(planUrl.indexOf("remediation/")));
      partner.clickAndWaitForPage("acknowledge-form:acknowledge-meeting");
      assertThat(partner.text("messages")).contains("meeting of plan").contains("acknowledged");
    }
    try (Browser agent = Browser.signedInAs("vianet.agent")) {
      agent.open(planUrl.substring(planUrl.indexOf("remediation/")));
      agent.type(
          "outcome-form:root-causes-input", "Helpdesk staff not trained on licence assignment");
      agent.clickAndWaitForPage("outcome-form:record-outcome");
      agent.type("action-form:action-description", "Train the helpdesk on licence assignment");
      agent.type("action-form:action-owner", "Li Wei");
      agent.type(
          "action-form:action-due_input",
          LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(14).toString());
      agent.clickAndWaitForPage("action-form:add-action");
      assertThat(agent.text("actions-form:actions"))
          .contains("Train the helpdesk on licence assignment");
      agent.clickAndWaitForPage("decision-form:agree-plan");
      assertThat(agent.text("plan-status")).isEqualTo("Agreed");
    }
    try (Browser partner = Browser.signedInAs("contoso.admin")) {
      partner.open(planUrl.substring(planUrl.indexOf("remediation/")));
      partner.clickAndWaitForPage("actions-form:actions:0:mark-done");
      assertThat(partner.text("plan-status")).isEqualTo("In progress");
      assertThat(partner.isPresent("decision-form:complete-plan")).isFalse();
    }
    try (Browser reviewer = Browser.signedInAs("compliance")) {
      reviewer.open(planUrl.substring(planUrl.indexOf("remediation/")));
      reviewer.clickAndWaitForPage("decision-form:complete-plan");
      assertThat(reviewer.text("plan-status")).isEqualTo("Completed");
      assertThat(reviewer.text("plan-timeline"))
          .contains("Plan opened")
          .contains("Meeting acknowledged")
          .contains("Action done")
          .contains("Plan completed");
    }
  }
}
