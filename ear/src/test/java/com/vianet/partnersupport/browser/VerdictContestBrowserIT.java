package com.vianet.partnersupport.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** An agent's "inappropriate" verdict contested by the partner admin and decided by compliance. */
class VerdictContestBrowserIT {

  @Test
  void aContestedVerdictIsOverturnedAndBothSidesSeeTheOutcome() {
    String number;
    try (Browser agent = Browser.signedInAs("vianet.agent")) {
      number = RemediationPlanBrowserIT.judgeAnEscalationInappropriate(agent, "Fabrikam Solutions");
    }
    try (Browser partner = Browser.signedInAs("fabrikam.admin")) {
      partner.open("requests/detail.xhtml?number=" + number);
      partner.type(
          "contest-form:contest-reason",
          "The tenant's conditional access blocked every admin: no tool of ours could lift it.");
      partner.clickAndWaitForPage("contest-form:contest");
      assertThat(partner.text("messages")).contains("Your contest of the verdict on " + number);
      assertThat(partner.text("contest")).contains("Awaiting a compliance reviewer's decision.");
      assertThat(partner.isPresent("contest-form:contest")).as("contested once").isFalse();
    }
    try (Browser compliance = Browser.signedInAs("compliance")) {
      compliance.open("remediation/contests.xhtml");
      int row = 0;
      while (!compliance.text("contests-form:contests:" + row + ":number-text").equals(number)) {
        row++;
      }
      assertThat(compliance.text("contests-form:contests:" + row + ":reason"))
          .contains("conditional access");
      compliance.type(
          "contests-form:contests:" + row + ":note", "Confirmed with the tenant's logs.");
      compliance.clickAndWaitForPage("contests-form:contests:" + row + ":overturn");
      assertThat(compliance.text("messages"))
          .contains("The verdict on " + number + " is overturned");
    }
    try (Browser partner = Browser.signedInAs("fabrikam.admin")) {
      partner.open("requests/detail.xhtml?number=" + number);
      assertThat(partner.text("contest"))
          .contains("Overturned: the escalation counts as appropriate.")
          .contains("Confirmed with the tenant's logs.");
    }
  }
}
