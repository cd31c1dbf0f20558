package com.vianet.partnersupport.batch.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.vianet.partnersupport.core.config.Settings;
import com.vianet.partnersupport.core.demo.DemoData;
import com.vianet.partnersupport.core.schema.SchemaMigration;
import com.vianet.partnersupport.core.testing.Sql;
import com.vianet.partnersupport.reports.IsoWeek;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.test.JobOperatorTestUtils;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/** The nightly job on both databases, with the demo data of a fixed day. */
class NightlyReviewJobIT {

  private static final Instant NOW = Instant.parse("2026-11-25T08:00:00Z");
  private static final LocalDate BUSINESS_DATE = LocalDate.of(2026, 11, 18);

  @Test
  void aggregatesTheWeekOnPostgresAndARerunGivesTheSameRows() throws Exception {
    JobDatabases.onPostgres(this::check);
  }

  @Test
  void aggregatesTheWeekOnH2() throws Exception {
    JobDatabases.onH2(this::check);
  }

  private void check(Settings settings) throws Exception {
    java.nio.file.Path home = settings.home();
    try (AnnotationConfigApplicationContext context =
        NightlyReviewJobConfiguration.context(settings)) {
      DataSource dataSource = context.getBean(DataSource.class);
      SchemaMigration.migrate(dataSource);
      DemoData.loadIfEmpty(dataSource, NOW);
      IsoWeek week = IsoWeek.of(BUSINESS_DATE);
      JdbcTemplate jdbc = new JdbcTemplate(dataSource);
      List<Long> escalations =
          jdbc.queryForList(
              "SELECT id FROM support_request WHERE kind = 'ESCALATION' AND created_at >= ? AND"
                  + " created_at < ? ORDER BY CASE WHEN EXISTS (SELECT 1 FROM escalation_verdict v"
                  + " WHERE v.request_id = id) THEN 1 ELSE 0 END, id",
              Long.class,
              Timestamp.from(week.start()),
              Timestamp.from(week.end()));
      long judgedBefore =
          jdbc.queryForObject(
              "SELECT COUNT(*) FROM escalation_verdict v JOIN support_request r ON r.id ="
                  + " v.request_id WHERE r.created_at >= ? AND r.created_at < ? AND v.verdict ="
                  + " 'INAPPROPRIATE'",
              Long.class,
              Timestamp.from(week.start()),
              Timestamp.from(week.end()));
      long appropriateBefore =
          jdbc.queryForObject(
              "SELECT COUNT(*) FROM escalation_verdict v JOIN support_request r ON r.id ="
                  + " v.request_id WHERE r.created_at >= ? AND r.created_at < ? AND v.verdict ="
                  + " 'APPROPRIATE'",
              Long.class,
              Timestamp.from(week.start()),
              Timestamp.from(week.end()));
      assertThat(escalations).hasSizeGreaterThan(3);
      long agent = Sql.count(dataSource, "SELECT id FROM app_user WHERE username = 'vianet.agent'");
      String verdict =
          "INSERT INTO escalation_verdict (request_id, verdict, decided_by, decided_at) VALUES (?,"
              + " ?, ?, ?)";
      jdbc.update(verdict, escalations.get(0), "INAPPROPRIATE", agent, Timestamp.from(NOW));
      jdbc.update(verdict, escalations.get(1), "INAPPROPRIATE", agent, Timestamp.from(NOW));
      jdbc.update(verdict, escalations.get(2), "APPROPRIATE", agent, Timestamp.from(NOW));
      // The three were changed on the business date (noon in Beijing), so tonight's review reads
      // them.
      Instant noon = BUSINESS_DATE.atTime(12, 0).atZone(IsoWeek.BEIJING).toInstant();
      for (int i = 0; i < 3; i++) {
        jdbc.update(
            "UPDATE support_request SET updated_at = ? WHERE id = ?",
            Timestamp.from(noon),
            escalations.get(i));
      }

      // Contoso's verdicts in the three weeks before turn inappropriate: more than the five
      // allowed.
      long contoso = Sql.count(dataSource, "SELECT id FROM partner WHERE code = 'CONTOSO'");
      Timestamp windowStart = Timestamp.from(week.start().minus(java.time.Duration.ofDays(25)));
      jdbc.update(
          "UPDATE escalation_verdict SET verdict = 'INAPPROPRIATE' WHERE request_id IN (SELECT r.id"
              + " FROM support_request r WHERE r.partner_id = ? AND r.created_at >= ? AND"
              + " r.created_at < ?)",
          contoso,
          windowStart,
          Timestamp.from(week.start()));
      assertThat(
              jdbc.queryForObject(
                  "SELECT COUNT(*) FROM escalation_verdict v JOIN support_request r ON r.id ="
                      + " v.request_id WHERE r.partner_id = ? AND r.created_at >= ? AND v.verdict ="
                      + " 'INAPPROPRIATE'",
                  Long.class,
                  contoso,
                  windowStart))
          .isGreaterThan(5);

      JobOperatorTestUtils jobs =
          new JobOperatorTestUtils(
              context.getBean(JobOperator.class), context.getBean(JobRepository.class));
      jobs.setJob(context.getBean(Job.class));
      JobExecution first =
          jobs.startJob(
              new JobParametersBuilder()
                  .addLocalDate("businessDate", BUSINESS_DATE)
                  .addLong("run", 1L)
                  .toJobParameters());
      assertThat(first.getStatus()).isEqualTo(BatchStatus.COMPLETED);

      String totals =
          "SELECT SUM(escalations), SUM(inappropriate), SUM(appropriate), SUM(unreviewed),"
              + " SUM(deflected), COUNT(*) FROM escalation_weekly_aggregate WHERE iso_week = ?";
      List<Long> afterFirst = sums(jdbc, totals, week.label());
      assertThat(afterFirst.get(0)).isEqualTo(escalations.size());
      assertThat(afterFirst.get(1)).isEqualTo(judgedBefore + 2);
      assertThat(afterFirst.get(2)).isEqualTo(appropriateBefore + 1);
      assertThat(afterFirst.get(3))
          .isEqualTo(escalations.size() - 3 - judgedBefore - appropriateBefore);
      assertThat(afterFirst.get(4))
          .isEqualTo(
              jdbc.queryForObject(
                  "SELECT COUNT(*) FROM support_request WHERE kind = 'DEFLECTED' AND created_at >="
                      + " ? AND created_at < ?",
                  Long.class,
                  Timestamp.from(week.start()),
                  Timestamp.from(week.end())));
      checkOneMedian(jdbc, week);
      List<Long> verdictFlags =
          jdbc.queryForList(
              "SELECT request_id FROM escalation_flag WHERE rule_id = 'agent-verdict' ORDER BY"
                  + " request_id",
              Long.class);
      assertThat(verdictFlags)
          .contains(escalations.get(0), escalations.get(1))
          .doesNotContain(escalations.get(2));
      long flags = Sql.count(dataSource, "SELECT COUNT(*) FROM escalation_flag");
      assertThat(
              Sql.count(
                  dataSource,
                  "SELECT COUNT(*) FROM escalation_flag WHERE business_date <> DATE '2026-11-18'"
                      + " OR reason = '' OR rule_version <> (SELECT r.version FROM review_rule r"
                      + " WHERE r.rule_id = escalation_flag.rule_id)"))
          .isZero();

      JobExecution again =
          jobs.startJob(
              new JobParametersBuilder()
                  .addLocalDate("businessDate", BUSINESS_DATE)
                  .addLong("run", 2L)
                  .toJobParameters());
      assertThat(again.getStatus()).isEqualTo(BatchStatus.COMPLETED);
      assertThat(sums(jdbc, totals, week.label())).isEqualTo(afterFirst);
      assertThat(Sql.count(dataSource, "SELECT COUNT(*) FROM escalation_flag")).isEqualTo(flags);
      checkWorkbooks(jdbc, home.resolve("reports"), week, escalations);
      // One proposed plan for Contoso, linked to at least its six, however often the night runs.
      long northwind = Sql.count(dataSource, "SELECT id FROM partner WHERE code = 'NORTHWIND'");
      // Contoso through the six verdicts above; Northwind through the demo's own verdicts.
      assertThat(
              jdbc.queryForList(
                  "SELECT partner_id FROM remediation_plan WHERE status = 'PROPOSED'", Long.class))
          .contains(contoso, northwind)
          .doesNotHaveDuplicates();
      assertThat(
              Sql.count(
                  dataSource,
                  "SELECT COUNT(*) FROM remediation_plan_escalation e JOIN remediation_plan p"
                      + " ON p.id = e.plan_id WHERE p.partner_id = "
                      + contoso))
          .isGreaterThanOrEqualTo(6);
      // Each proposed plan opens its timeline, as one opened in the portal does.
      assertThat(
              jdbc.queryForList(
                  "SELECT h.event_type || ' ' || h.status || ' ' || h.actor_name || ' ' || h.note"
                      + " FROM remediation_plan_history h JOIN remediation_plan p ON p.id ="
                      + " h.plan_id WHERE p.partner_id = ?",
                  String.class,
                  contoso))
          .singleElement()
          .asString()
          .matches("OPENED PROPOSED Nightly review \\d+ escalation\\(s\\)");
    }
  }

  /** Both workbooks are in the reports folder and in report_file, once, with the week's figures. */
  private static void checkWorkbooks(
      JdbcTemplate jdbc, java.nio.file.Path folder, IsoWeek week, List<Long> escalations)
      throws Exception {
    assertThat(
            jdbc.queryForList(
                "SELECT kind FROM report_file WHERE iso_week = ? ORDER BY kind",
                String.class,
                week.label()))
        .containsExactly("COMPLIANCE", "MANAGERS");
    java.nio.file.Path managers = folder.resolve("escalations-" + week.label() + ".xlsx");
    java.nio.file.Path compliance = folder.resolve("compliance-" + week.label() + ".xlsx");
    try (var workbook =
        new org.apache.poi.xssf.usermodel.XSSFWorkbook(
            java.nio.file.Files.newInputStream(managers))) {
      var summary = workbook.getSheet("Summary");
      assertThat(summary.getRow(0).getCell(0).getStringCellValue())
          .isEqualTo("Week " + week.label());
      assertThat(summary.getRow(2).getCell(1).getNumericCellValue()).isEqualTo(escalations.size());
      long breaches =
          jdbc.queryForObject(
              "SELECT COUNT(*) FROM support_request r WHERE r.kind = 'ESCALATION' AND r.created_at"
                  + " >= ? AND r.created_at < ? AND r.first_contact_at IS NOT NULL AND"
                  + " (EXTRACT(EPOCH FROM r.first_contact_at) - EXTRACT(EPOCH FROM r.created_at)) /"
                  + " 3600.0 > (SELECT t.threshold_value FROM review_threshold t WHERE t.rule_id ="
                  + " 'response-target' AND t.name = r.severity)",
              Long.class,
              java.sql.Timestamp.from(week.start()),
              java.sql.Timestamp.from(week.end()));
      assertThat(summary.getRow(5).getCell(0).getStringCellValue())
          .isEqualTo("Response target breaches");
      assertThat(summary.getRow(5).getCell(1).getNumericCellValue()).isEqualTo(breaches);
    }
    String first =
        jdbc.queryForObject(
            "SELECT request_number FROM support_request WHERE id = ?",
            String.class,
            escalations.get(0));
    try (var workbook =
        new org.apache.poi.xssf.usermodel.XSSFWorkbook(
            java.nio.file.Files.newInputStream(compliance))) {
      var flagged = workbook.getSheet("Flagged escalations");
      boolean found = false;
      for (var row : flagged) {
        if (row.getRowNum() > 0 && row.getCell(0).getCellFormula().contains("\"" + first + "\"")) {
          found = true;
          assertThat(row.getCell(7).getStringCellValue()).contains("agent-verdict v1");
          assertThat(row.getCell(10).getStringCellValue()).isEqualTo("INAPPROPRIATE");
        }
      }
      assertThat(found).as("flagged row for " + first).isTrue();
      assertThat(
              workbook.getSheet("Partners without 24x7").getRow(1).getCell(0).getStringCellValue())
          .isEqualTo("Northwind IT Partners");
    }
  }

  /** The median hours to first contact of the biggest group, recomputed here in Java. */
  private static void checkOneMedian(JdbcTemplate jdbc, IsoWeek week) {
    var group =
        jdbc.queryForMap(
            "SELECT partner_id, service_id, category, first_contact_p50_hours FROM"
                + " escalation_weekly_aggregate WHERE iso_week = ? ORDER BY escalations DESC,"
                + " partner_id, service_id, category FETCH FIRST 1 ROWS ONLY",
            week.label());
    List<Double> hours = new ArrayList<>();
    jdbc.query(
        "SELECT created_at, first_contact_at FROM support_request WHERE kind = 'ESCALATION' AND"
            + " partner_id = ? AND service_id = ? AND category = ? AND created_at >= ? AND"
            + " created_at < ? AND first_contact_at IS NOT NULL",
        rs -> {
          hours.add((rs.getTimestamp(2).getTime() - rs.getTimestamp(1).getTime()) / 3_600_000.0);
        },
        group.get("partner_id"),
        group.get("service_id"),
        group.get("category"),
        Timestamp.from(week.start()),
        Timestamp.from(week.end()));
    if (hours.isEmpty()) {
      assertThat(group.get("first_contact_p50_hours")).isNull();
      return;
    }
    hours.sort(Double::compare);
    int n = hours.size();
    double median = n % 2 == 1 ? hours.get(n / 2) : (hours.get(n / 2 - 1) + hours.get(n / 2)) / 2;
    assertThat(((Number) group.get("first_contact_p50_hours")).doubleValue())
        .isCloseTo(median, within(0.01));
  }

  private static List<Long> sums(JdbcTemplate jdbc, String sql, String week) {
    return jdbc.queryForObject(
        sql,
        (rs, i) -> {
          List<Long> values = new ArrayList<>();
          for (int c = 1; c <= 6; c++) {
            values.add(rs.getLong(c));
          }
          return values;
        },
        week);
  }
}
