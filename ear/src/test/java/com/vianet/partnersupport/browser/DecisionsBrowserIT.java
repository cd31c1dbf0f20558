package com.vianet.partnersupport.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.vianet.partnersupport.core.config.ConfiguredDataSource;
import com.vianet.partnersupport.core.config.DatabaseSettings;
import com.vianet.partnersupport.reports.ComplianceWorkbook;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import javax.sql.DataSource;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * A compliance reviewer's decisions back from Excel: the week's workbook filled in (with POI, as
 * Excel would) and uploaded on the Reports page; an altered one is refused.
 */
class DecisionsBrowserIT {

  private static final Path HOME =
      Path.of(System.getProperty("build.directory", "target"), "payara-home");

  /** The portal's own embedded database, reached through H2's automatic server. */
  private static DataSource database() {
    String url =
        "jdbc:h2:file:"
            + HOME.resolve("data").resolve("partner-support").toAbsolutePath()
            + ";AUTO_SERVER=TRUE";
    return ConfiguredDataSource.create(new DatabaseSettings(url, "sa", ""));
  }

  /** Two of this week's escalations with an agent's verdict of appropriate, flagged by a rule. */
  private static List<String> flagTwoEscalations(DataSource db) throws Exception {
    LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
    List<String> numbers = new java.util.ArrayList<>();
    try (Connection c = db.getConnection();
        PreparedStatement pick =
            c.prepareStatement(
                "SELECT r.id, r.request_number FROM support_request r JOIN escalation_verdict v ON"
                    + " v.request_id = r.id WHERE v.verdict = 'APPROPRIATE' AND NOT EXISTS (SELECT"
                    + " 1 FROM escalation_flag f WHERE f.request_id = r.id) ORDER BY r.id FETCH"
                    + " FIRST 2 ROWS ONLY");
        PreparedStatement flag =
            c.prepareStatement(
                "INSERT INTO escalation_flag (request_id, rule_id, rule_version, score, reason,"
                    + " business_date, created_at) VALUES (?, 'duplicate', 1, 0.8, 'crafted by the"
                    + " decisions test', ?, CURRENT_TIMESTAMP)")) {
      try (ResultSet rs = pick.executeQuery()) {
        while (rs.next()) {
          flag.setLong(1, rs.getLong(1));
          flag.setDate(2, Date.valueOf(today));
          flag.executeUpdate();
          numbers.add(rs.getString(2));
        }
      }
    }
    return numbers;
  }

  /**
   * The week's compliance workbook as generated after {@code since}: another test may have
   * generated the week before, and that file is listed on the page while this one is written.
   */
  private static Path storedWorkbook(DataSource db, String week, java.time.Instant since)
      throws Exception {
    Path file = Files.createTempFile("compliance-", ".xlsx");
    long deadline = System.currentTimeMillis() + 60_000;
    try (Connection c = db.getConnection();
        PreparedStatement q =
            c.prepareStatement(
                "SELECT content FROM report_file WHERE kind = 'COMPLIANCE' AND iso_week = ?"
                    + " AND created_at > ?")) {
      q.setString(1, week);
      q.setTimestamp(2, java.sql.Timestamp.from(since));
      while (true) {
        try (ResultSet rs = q.executeQuery()) {
          if (rs.next()) {
            try (InputStream in = rs.getBinaryStream(1)) {
              Files.copy(in, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
            return file;
          }
        }
        assertThat(System.currentTimeMillis()).as("the week's new workbook").isLessThan(deadline);
        Thread.sleep(250);
      }
    }
  }

  /** The reviewer's Excel session: decisions in column L, perhaps another cell changed. */
  private static Path filledIn(Path stored, List<String> numbers, boolean alsoAlter)
      throws Exception {
    Path file = Files.createTempFile("filled-", ".xlsx");
    try (InputStream in = Files.newInputStream(stored);
        XSSFWorkbook workbook = new XSSFWorkbook(in);
        OutputStream out = Files.newOutputStream(file)) {
      XSSFSheet sheet = workbook.getSheet(ComplianceWorkbook.FLAGGED_SHEET);
      for (Row row : sheet) {
        String number = row.getCell(0) == null ? "" : row.getCell(0).toString();
        if (numbers.stream().anyMatch(number::contains)) {
          row.createCell(ComplianceWorkbook.DECISION_COLUMN)
              .setCellValue(ComplianceWorkbook.DECISIONS[0]);
          if (alsoAlter) {
            row.getCell(8).setCellValue("nothing was wrong");
          }
        }
      }
      workbook.write(out);
    }
    return file;
  }

  @Test
  void aFilledWorkbookIsAppliedAndAnAlteredOneIsRefused() throws Exception {
    DataSource db = database();
    List<String> numbers = flagTwoEscalations(db);
    assertThat(numbers).hasSize(2);
    try (Browser reviewer = Browser.signedInAs("compliance")) {
      reviewer.clickAndWaitForPage("menu-form:menu-reports");
      java.time.Instant asked = java.time.Instant.now().minusSeconds(1);
      reviewer.click("reports-form:generate");
      String week = ReportsBrowserIT.currentWeek();
      Path stored = storedWorkbook(db, week, asked);

      reviewer.open("reports/index.xhtml");
      reviewer.upload("decisions-form:workbook", filledIn(stored, numbers, true));
      reviewer.clickAndWaitForPage("decisions-form:upload-decisions");
      assertThat(reviewer.text("messages"))
          .contains("differs from the one 21Vianet produced for week " + week)
          .contains("Flagged escalations, row");

      reviewer.upload("decisions-form:workbook", filledIn(stored, numbers, false));
      reviewer.clickAndWaitForPage("decisions-form:upload-decisions");
      assertThat(reviewer.text("decisions-form:decisions-result"))
          .contains(
              "Week " + week + ": 2 decision(s) applied, 0 left for discussion, 0 not applied.");

      // The reviewer's decisions count over the agent's verdicts: they disagree, and it shows.
      reviewer.open("reports/rule-quality.xhtml");
      assertThat(reviewer.text("disagreements")).contains(numbers.get(0)).contains(numbers.get(1));
    }
  }
}
