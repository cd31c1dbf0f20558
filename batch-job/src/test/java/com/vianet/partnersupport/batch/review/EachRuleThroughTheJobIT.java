package com.vianet.partnersupport.batch.review;

import static org.assertj.core.api.Assertions.assertThat;

import com.vianet.partnersupport.core.config.Settings;
import com.vianet.partnersupport.core.demo.DemoData;
import com.vianet.partnersupport.core.request.Resolution;
import com.vianet.partnersupport.core.schema.SchemaMigration;
import com.vianet.partnersupport.reports.IsoWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.test.JobOperatorTestUtils;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Each escalation rule, through the real job and database: on crafted escalations that differ from
 * a clean one in the one fact the rule reads, the rule fires, and on its counterpart it does not.
 */
class EachRuleThroughTheJobIT {

  private static final LocalDate DATE = LocalDate.of(2026, 11, 18);
  private static final Instant NOON = DATE.atTime(12, 0).atZone(IsoWeek.BEIJING).toInstant();

  @Test
  void eachRuleFiresOnItsCaseAndOnlyThereOnPostgres() throws Exception {
    JobDatabases.onPostgres(this::check);
  }

  @Test
  void eachRuleFiresOnItsCaseAndOnlyThereOnH2() throws Exception {
    JobDatabases.onH2(this::check);
  }

  /**
   * Writes an escalation created {@code ago} before the date and not changed on it; returns its
   * customer.
   */
  /**
   * The rules against crafted decisions: a reviewer's decision counts over an agent's verdict, an
   * inappropriate escalation no rule flagged is missed, agent-verdict is left out.
   */
  private static void checkRuleQuality(
      JdbcTemplate jdbc, DataSource dataSource, Map<String, Long> cases) throws Exception {
    long reviewer =
        jdbc.queryForObject("SELECT id FROM app_user WHERE username = 'compliance'", Long.class);
    jdbc.update("DELETE FROM escalation_flag WHERE rule_id = 'partner-outlier'");
    long missedBefore = quality(dataSource).missed();
    String decide =
        "INSERT INTO compliance_decision (request_id, decision, iso_week, reviewer_id, decided_at)"
            + " VALUES (?, ?, '2026-W47', ?, CURRENT_TIMESTAMP)";
    jdbc.update(decide, cases.get("duplicate"), "INAPPROPRIATE", reviewer);
    jdbc.update(decide, cases.get("self-help-available"), "APPROPRIATE", reviewer);
    // The agent judged it appropriate; the reviewer disagrees, and no rule flagged it: missed.
    jdbc.update(decide, cases.get("clean: judged appropriate"), "INAPPROPRIATE", reviewer);

    com.vianet.partnersupport.core.review.RuleQuality.Week week = quality(dataSource);
    Map<String, com.vianet.partnersupport.core.review.RuleQuality.Row> byRule =
        new java.util.HashMap<>();
    week.rows().forEach(r -> byRule.put(r.ruleId(), r));
    assertThat(byRule).doesNotContainKey("agent-verdict");
    assertThat(byRule.get("duplicate").inappropriate()).isEqualTo(1);
    assertThat(byRule.get("duplicate").precision()).isEqualTo(1.0);
    assertThat(byRule.get("self-help-available").appropriate()).isEqualTo(1);
    assertThat(byRule.get("self-help-available").precision()).isEqualTo(0.0);
    assertThat(byRule.get("no-troubleshooting").flagged()).isEqualTo(3);
    assertThat(byRule.get("no-troubleshooting").notJudged()).isEqualTo(3);
    assertThat(byRule.get("no-troubleshooting").ruleVersion()).isEqualTo(2);
    assertThat(week.missed() - missedBefore).isEqualTo(1);
  }

  private static com.vianet.partnersupport.core.review.RuleQuality.Week quality(
      DataSource dataSource) throws Exception {
    try (java.sql.Connection connection = dataSource.getConnection()) {
      List<com.vianet.partnersupport.core.review.RuleQuality.Week> weeks =
          com.vianet.partnersupport.core.review.RuleQuality.weeks(connection, DATE, 1);
      return weeks.get(0);
    }
  }

  private static long earlierEscalationsCustomer(
      JdbcTemplate jdbc, CraftedEscalations.Escalation earlier, Duration ago) {
    earlier.createdAt = NOON.minus(ago);
    long id = earlier.insert();
    jdbc.update(
        "UPDATE support_request SET updated_at = TIMESTAMP '2020-01-01 00:00:00' WHERE id = ?", id);
    return jdbc.queryForObject(
        "SELECT customer_id FROM support_request WHERE id = ?", Long.class, id);
  }

  private void check(Settings settings) throws Exception {
    try (AnnotationConfigApplicationContext context =
        NightlyReviewJobConfiguration.context(settings)) {
      DataSource dataSource = context.getBean(DataSource.class);
      SchemaMigration.migrate(dataSource);
      DemoData.loadIfEmpty(dataSource, Instant.parse("2026-11-25T08:00:00Z"));
      JdbcTemplate jdbc = new JdbcTemplate(dataSource);
      // Only the crafted escalations changed on the date.
      jdbc.update(
          "UPDATE support_request SET updated_at = TIMESTAMP '2020-01-01 00:00:00' WHERE kind ="
              + " 'ESCALATION'");
      long plain =
          jdbc.queryForObject(
              "SELECT MIN(p.id) FROM problem_type p WHERE NOT EXISTS (SELECT 1 FROM"
                  + " self_help_article a WHERE a.problem_type_id = p.id)",
              Long.class);
      long covered =
          jdbc.queryForObject(
              "SELECT MIN(problem_type_id) FROM self_help_article WHERE active = TRUE", Long.class);
      CraftedEscalations crafted = new CraftedEscalations(jdbc, NOON);

      Map<String, Long> cases = new LinkedHashMap<>();
      cases.put("clean", crafted.escalation(plain).insert());
      CraftedEscalations.Escalation noBlocker = crafted.escalation(plain);
      noBlocker.blocker = false;
      cases.put("within-partner-scope", noBlocker.insert());
      cases.put("self-help-available", crafted.escalation(covered).insert());
      CraftedEscalations.Escalation shortSteps = crafted.escalation(plain);
      shortSteps.stepsTried = "restarted";
      cases.put("no-troubleshooting", shortSteps.insert());
      CraftedEscalations.Escalation fileOnly = crafted.escalation(plain);
      fileOnly.evidence = null;
      fileOnly.attachment = "signin-trace.har";
      cases.put("clean: a blocker proven by an attached file only", fileOnly.insert());
      for (String[] language :
          new String[][] {
            {"Chinese", "请重试。已重启。请重试。", "检查了网络安全组规则并重新部署虚拟机"},
            {
              "Italian",
              "Riprovato più volte, riavviato.",
              "Controllate le regole NSG e ridistribuita la VM"
            }
          }) {
        CraftedEscalations.Escalation empty = crafted.escalation(plain);
        empty.stepsTried = language[1];
        cases.put("no-troubleshooting (" + language[0] + ")", empty.insert());
        CraftedEscalations.Escalation real = crafted.escalation(plain);
        real.stepsTried = language[2];
        cases.put("clean: real steps in " + language[0], real.insert());
      }
      CraftedEscalations.Escalation again = crafted.escalation(plain);
      again.customerId =
          earlierEscalationsCustomer(jdbc, crafted.escalation(plain), Duration.ofDays(3));
      cases.put("duplicate", again.insert());
      CraftedEscalations.Escalation afterTenDays = crafted.escalation(plain);
      afterTenDays.customerId =
          earlierEscalationsCustomer(jdbc, crafted.escalation(plain), Duration.ofDays(10));
      cases.put("clean: the same problem ten days later", afterTenDays.insert());
      CraftedEscalations.Escalation guided = crafted.escalation(plain);
      guided.resolution = Resolution.GUIDANCE_ONLY;
      guided.resolvedAfter = Duration.ofHours(2);
      cases.put("guidance-only", guided.insert());
      CraftedEscalations.Escalation slowGuidance = crafted.escalation(plain);
      slowGuidance.resolution = Resolution.GUIDANCE_ONLY;
      slowGuidance.resolvedAfter = Duration.ofHours(30);
      slowGuidance.createdAt = NOON.minus(Duration.ofHours(40));
      cases.put("clean: guidance after the time limit", slowGuidance.insert());
      CraftedEscalations.Escalation fixed = crafted.escalation(plain);
      fixed.resolution = Resolution.RESOLVED_BY_VIANET;
      fixed.resolvedAfter = Duration.ofHours(1);
      cases.put("clean: resolved by 21Vianet", fixed.insert());
      CraftedEscalations.Escalation judged = crafted.escalation(plain);
      judged.verdict = "INAPPROPRIATE";
      cases.put("agent-verdict", judged.insert());
      CraftedEscalations.Escalation approved = crafted.escalation(plain);
      approved.verdict = "APPROPRIATE";
      cases.put("clean: judged appropriate", approved.insert());

      JobOperatorTestUtils jobs =
          new JobOperatorTestUtils(
              context.getBean(JobOperator.class), context.getBean(JobRepository.class));
      jobs.setJob(context.getBean(Job.class));
      assertThat(
              jobs.startJob(
                      new JobParametersBuilder()
                          .addLocalDate("businessDate", DATE)
                          .addLong("run", 1L)
                          .toJobParameters())
                  .getStatus())
          .isEqualTo(BatchStatus.COMPLETED);

      cases.forEach(
          (name, id) -> {
            // Partner-level outliers are tested on their own (PartnerOutlierIT); this partner is
            // new.
            Set<String> fired =
                new TreeSet<>(
                    jdbc.queryForList(
                        "SELECT rule_id FROM escalation_flag WHERE request_id = ?"
                            + " AND rule_id <> 'partner-outlier'",
                        String.class,
                        id));
            String rule = name.contains(" (") ? name.substring(0, name.indexOf(" (")) : name;
            assertThat(fired)
                .as(name)
                .isEqualTo(name.startsWith("clean") ? Set.of() : Set.of(rule));
          });
      List<String> reasons =
          jdbc.queryForList(
              "SELECT reason FROM escalation_flag WHERE request_id = ?",
              String.class,
              cases.get("no-troubleshooting"));
      assertThat(reasons)
          .anyMatch(
              r ->
                  r.contains("what was tried (\"restarted\") shows 0 distinct step(s)")
                      && r.endsWith("empty phrases left out: \"restarted\""));
      assertThat(
              jdbc.queryForList(
                  "SELECT reason FROM escalation_flag WHERE request_id = ?",
                  String.class,
                  cases.get("no-troubleshooting (Chinese)")))
          .anyMatch(r -> r.contains("\"请重试\"") && r.contains("\"已重启\""));
      checkRuleQuality(jdbc, dataSource, cases);
    }
  }
}
