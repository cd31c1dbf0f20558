package com.vianet.partnersupport.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The everyday details, with the server in UTC and the browser in New York (the build starts both
 * so): times in the viewer's own zone, texts in the viewer's language.
 */
class DailyWorkBrowserIT {

  private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  private static String zoneLabel(String zone, String offset) {
    return ZoneId.of(zone).getDisplayName(TextStyle.FULL, Locale.ENGLISH) + ", UTC" + offset;
  }

  @Test
  void aContactTypedInBeijingTimeIsShownAsTypedAndMovesWithTheViewersZone() {
    try (Browser agent = Browser.signedInAs("vianet.agent")) {
      agent.open("console/queue.xhtml");
      agent.clickAndWaitForPage("queue-form:queue:0:open-request");
      assertThat(agent.text("time-zone-note")).contains(zoneLabel("Asia/Shanghai", "+08:00"));
      String page = agent.currentUrl();
      String typed = agent.value("contact-form:contacted-at_input");
      LocalDateTime beijing = LocalDateTime.parse(typed, SHOWN);
      // The form offers the agent's own clock, Beijing time, not the server's UTC.
      assertThat(beijing)
          .isCloseTo(
              LocalDateTime.now(ZoneId.of("Asia/Shanghai")),
              org.assertj.core.api.Assertions.within(10, java.time.temporal.ChronoUnit.MINUTES));
      agent.type("contact-form:contact-summary", "Called at the time typed; checking the zone.");
      agent.clickAndWaitForPage("contact-form:log-contact");
      assertThat(agent.text("contacts")).contains(typed + " ");

      try {
        agent.open("account.xhtml");
        agent.selectByLabel("account-form:account-time-zone", zoneLabel("Europe/Rome", "+01:00"));
        agent.clickAndWaitForPage("account-form:save-account");
        assertThat(agent.text("messages")).contains("Your settings are saved.");
        agent.open(page.substring(page.indexOf("console/")));
        String rome =
            SHOWN.format(
                beijing
                    .atZone(ZoneId.of("Asia/Shanghai"))
                    .withZoneSameInstant(ZoneId.of("Europe/Rome")));
        assertThat(agent.text("contacts")).contains(rome + " ").doesNotContain(typed + " ");
        assertThat(agent.text("time-zone-note")).contains(zoneLabel("Europe/Rome", "+01:00"));
      } finally {
        agent.open("account.xhtml");
        agent.selectByLabel("account-form:account-time-zone", zoneLabel("Asia/Shanghai", "+08:00"));
        agent.clickAndWaitForPage("account-form:save-account");
      }
    }
  }

  @Test
  void eachRoleSeesItsDashboardWithTheWeeklyChartInItsLanguage() {
    try (Browser partner = Browser.signedInAs("contoso.admin")) {
      assertThat(partner.text("needs-you")).contains("requests waiting for you");
      assertThat(partner.isPresent("dashboard-new-request")).isTrue();
      assertThat(partner.isPresent("weeks-form:weeks-chart")).isTrue();
      assertThat(partner.pageSource()).contains("<canvas");
      // 12 weeks of the nightly figures, the table beside the chart says them in words
      assertThat(partner.text("weeks-form:weeks-table")).contains("Judged inappropriate");
      partner.clickAndWaitForPage("language-form:language-zh-CN");
      assertThat(partner.text("weeks-form")).contains("每周升级数").contains("判定为不当");
      partner.clickAndWaitForPage("tile-waiting");
      assertThat(partner.currentUrl()).contains("status=WAITING_FOR_PARTNER");
    }
    try (Browser agent = Browser.signedInAs("vianet.agent")) {
      assertThat(agent.text("agent-queue"))
          .contains("open requests assigned to you")
          .contains("targets due within 1 hour")
          .contains("your contacts today");
      assertThat(agent.isPresent("weeks-form")).isFalse();
    }
    try (Browser manager = Browser.signedInAs("manager")) {
      assertThat(manager.text("breached-by-severity")).contains("Critical");
      assertThat(manager.pageSource()).contains("<canvas");
      assertThat(manager.text("top-partners")).contains("escalations");
      String allPartners = manager.text("weeks-form:weeks-table");
      manager.selectByLabel("weeks-form:chart-partner", "Contoso Cloud Services");
      manager.click("weeks-form:chart-apply");
      manager.waitForAjax();
      // One partner's weeks: fewer escalations than all partners' together.
      assertThat(manager.text("weeks-form:weeks-table")).isNotEqualTo(allPartners);
    }
  }

  @Test
  void theCustomerPathInChineseShowsTranslatedDataAndConfirmsInChinese() {
    try (Browser partner = Browser.signedInAs("fabrikam.admin")) {
      partner.open("customers/requests.xhtml");
      partner.clickAndWaitForPage("language-form:language-zh-CN");
      partner.type("customer-search-form:customer_input", "lotus");
      partner.clickFirstSuggestion("customer-search-form:customer");
      partner.waitForValue("customer-search-form:customer_input", "lotus-trading");
      partner.clickAndWaitForPage("customer-search-form:new-customer-request");
      partner.selectByLabel("customer-request-form:service", "Office 365");
      partner.waitFor("customer-request-form:customer-service");
      // Service health and the admin-center link, in Chinese
      assertThat(partner.text("customer-request-form:service-health")).contains("华东");
      assertThat(partner.text("customer-request-form:admin-center")).isEqualTo("打开客户的管理中心");
      partner.selectByLabel("customer-request-form:category", "客户端连接和桌面客户端");
      partner.waitForOption("customer-request-form:problem-type", "桌面客户端无法连接");
      partner.selectByLabel("customer-request-form:problem-type", "桌面客户端无法连接");
      assertThat(partner.waitForText("customer-request-form:self-help", "Outlook 不断要求输入密码"))
          .isTrue();
      assertThat(partner.text("customer-request-form:still-need-help")).isEqualTo("提交服务请求");
      partner.click("customer-request-form:still-need-help");
      partner.waitFor("customer-request-form:steps-tried");
      partner.type("customer-request-form:title", "Outlook 无法连接");
      partner.type("customer-request-form:description", "所有客户端自 08:00 起显示已断开。");
      partner.clickRadio("customer-request-form:severity:1");
      partner.type("customer-request-form:steps-tried", "连接分析器、新配置文件、两个网络。");
      partner.clickCheckbox("customer-request-form:blockers:2");
      partner.clickAndWaitForPage("customer-request-form:submit");
      assertThat(partner.text("messages")).contains("已提交。世纪互联支持工程师将直接与您联系。");
    }
  }

  @Test
  void theAgentsQueueReadsTimeLeftInHoursAndMinutes() {
    try (Browser agent = Browser.signedInAs("vianet.agent")) {
      agent.open("console/queue.xhtml");
      String queue = agent.text("queue-form:queue");
      assertThat(queue)
          .containsPattern("(\\d+ h( \\d+ min)?|\\d+ min) left|Overdue by \\d+ (h|min)");
      assertThat(queue).doesNotContain("%").doesNotContain("Waiting for partner");
    }
  }

  @Test
  void theFormAndTheConfirmationAfterSubmitAreInTheLanguageThePartnerChose() {
    try (Browser partner = Browser.signedInAs("northwind.agent")) {
      partner.clickAndWaitForPage("language-form:language-it");
      partner.open("requests/new.xhtml");
      partner.selectByLabel("request-form:category", "Fatturazione");
      // Problem types are data, translated too.
      partner.waitForOption("request-form:problem-type", "Pagamento non registrato");
      partner.selectByLabel("request-form:problem-type", "Pagamento non registrato");
      partner.type("request-form:title", "Fattura di novembre non visibile");
      partner.type(
          "request-form:description", "La fattura di novembre non compare nel portale. 账单缺失");
      partner.clickRadio("request-form:severity:1");
      partner.clickAndWaitForPage("request-form:submit");
      String number = partner.text("request-number");
      assertThat(partner.text("messages"))
          .contains("La tua richiesta " + number + " è stata inviata.");
      assertThat(partner.text("request-problem-type")).isEqualTo("Pagamento non registrato");

      // The top bar's search: a two-character Chinese word of the description, then the number.
      partner.type("top-search-text", "账单");
      partner.clickAndWaitForPage("top-search-go");
      assertThat(partner.text("list-form:requests")).contains(number);
      partner.type("top-search-text", number.toLowerCase());
      partner.clickAndWaitForPage("top-search-go");
      assertThat(partner.text("list-form:requests")).contains(number).contains("1–1 / 1");
    }
  }
}
