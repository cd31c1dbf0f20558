package com.vianet.partnersupport.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.IsoFields;
import org.junit.jupiter.api.Test;

/**
 * Reports: a manager generates this week's workbooks and sees them listed; partners may not look.
 */
class ReportsBrowserIT {

  static String currentWeek() {
    LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
    return String.format(
        "%d-W%02d",
        today.get(IsoFields.WEEK_BASED_YEAR), today.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
  }

  @Test
  void managerGeneratesThisWeeksWorkbooksAndTheDownloadsAppear() {
    try (Browser browser = Browser.signedInAs("manager")) {
      browser.clickAndWaitForPage("menu-form:menu-reports");
      assertThat(browser.text("page-title")).isEqualTo("Reports");

      browser.click("reports-form:generate");

      String week = currentWeek();
      assertThat(browser.waitForText("reports-form:files", "escalations-" + week + ".xlsx"))
          .isTrue();
      assertThat(browser.waitForText("reports-form:files", "compliance-" + week + ".xlsx"))
          .isTrue();
      assertThat(browser.text("reports-form:files")).contains("on demand");
    }
  }

  @Test
  void partnersCannotOpenTheReports() {
    try (Browser browser = Browser.signedInAs("contoso.admin")) {
      assertThat(browser.isPresent("menu-form:menu-reports")).isFalse();
      browser.open("reports/index.xhtml");
      assertThat(browser.text("error-text")).isEqualTo("You are not allowed to open this page.");
    }
  }
}
