package com.vianet.partnersupport.reports;

import static org.assertj.core.api.Assertions.assertThat;

import com.vianet.partnersupport.core.review.RuleQuality;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class ComplianceWorkbookTest {

  private static XSSFWorkbook written(int flagged, int maxRowsPerSheet) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ComplianceWorkbook.write(
        ReportFixtures.run(),
        ReportFixtures.flagged(flagged)::forEach,
        ReportFixtures.plans(),
        List.of("Northwind IT Partners"),
        new RuleQualitySheet.Input(QUALITY, RuleQuality.summarise(QUALITY, 0.6, 5)),
        out,
        maxRowsPerSheet);
    return new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()));
  }

  private static final List<RuleQuality.Week> QUALITY =
      List.of(
          new RuleQuality.Week(
              "2026-W46", List.of(new RuleQuality.Row("2026-W46", "duplicate", 1, 10, 2, 4)), 1),
          new RuleQuality.Week(
              "2026-W47",
              List.of(
                  new RuleQuality.Row("2026-W47", "duplicate", 1, 5, 1, 2),
                  new RuleQuality.Row("2026-W47", "no-troubleshooting", 2, 4, 3, 0)),
              2));

  @Test
  void theRuleQualitySheetMeasuresEachRuleAgainstDecisionsAndMarksWeakOnes() throws IOException {
    try (XSSFWorkbook workbook = written(3, 1_000)) {
      XSSFSheet sheet = workbook.getSheet("Rule quality");
      assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo("duplicate");
      assertThat(sheet.getRow(1).getCell(2).getNumericCellValue()).isEqualTo(15);
      assertThat(sheet.getRow(1).getCell(6).getNumericCellValue()).isEqualTo(3.0 / 9);
      assertThat(sheet.getRow(1).getCell(7).getStringCellValue()).isEqualTo("yes");
      assertThat(sheet.getRow(2).getCell(0).getStringCellValue()).isEqualTo("no-troubleshooting");
      assertThat(sheet.getRow(2).getCell(7).getStringCellValue())
          .as("3 judged: too few")
          .isEqualTo("no");
      // The trend: a row a week, the missed escalations, each rule's precision.
      assertThat(sheet.getRow(4).getCell(2).getStringCellValue())
          .isEqualTo("Precision duplicate v1");
      assertThat(sheet.getRow(6).getCell(0).getStringCellValue()).isEqualTo("2026-W47");
      assertThat(sheet.getRow(6).getCell(1).getNumericCellValue()).isEqualTo(2);
      assertThat(sheet.getRow(6).getCell(3).getNumericCellValue()).isEqualTo(1.0);
    }
  }

  @Test
  void aLongTableContinuesOnNumberedSheetsWithItsHeader() throws IOException {
    try (XSSFWorkbook workbook = written(25, 11)) {
      XSSFSheet first = workbook.getSheet("Flagged escalations");
      XSSFSheet second = workbook.getSheet("Flagged escalations (2)");
      XSSFSheet third = workbook.getSheet("Flagged escalations (3)");
      assertThat(first.getLastRowNum()).isEqualTo(10);
      assertThat(second.getLastRowNum()).isEqualTo(10);
      assertThat(third.getLastRowNum()).isEqualTo(5);
      assertThat(second.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Request");
      assertThat(third.getRow(5).getCell(0).getCellFormula()).endsWith("\"SR200024\")");
      assertThat(first.getDataValidations()).isNotEmpty();
      assertThat(third.getDataValidations()).isNotEmpty();
    }
  }

  @Test
  void flaggedRowsLinkToThePortalAndKeepUserTextAsText() throws IOException {
    try (XSSFWorkbook workbook = written(3, 1_000)) {
      XSSFSheet sheet = workbook.getSheet("Flagged escalations");
      var number = sheet.getRow(1).getCell(0);
      assertThat(number.getCellFormula())
          .isEqualTo(
              "HYPERLINK(\"http://localhost:8080/partner-support/requests/detail.xhtml?number=SR200000\",\"SR200000\")");
      var customer = sheet.getRow(1).getCell(2);
      assertThat(customer.getCellType()).isEqualTo(CellType.STRING);
      assertThat(customer.getStringCellValue()).isEqualTo("@SUM(A1:A9)");
      assertThat(customer.getCellStyle().getQuotePrefixed()).isTrue();
      // Categories by name, as the portal's pages say them, not as codes
      assertThat(sheet.getRow(1).getCell(4).getStringCellValue()).isEqualTo("How-to questions");
      assertThat(sheet.getRow(1).getCell(8).getStringCellValue())
          .contains("within the partner's own support scope");
      assertThat(
              sheet.getDataValidations().get(0).getValidationConstraint().getExplicitListValues())
          .containsExactly(ComplianceWorkbook.DECISIONS);
    }
  }

  @Test
  void overdueActionsAreHighlightedAndPartnersWithout24x7Listed() throws IOException {
    try (XSSFWorkbook workbook = written(1, 1_000)) {
      XSSFSheet plans = workbook.getSheet("Remediation plans");
      assertThat(plans.getLastRowNum()).isEqualTo(2);
      assertThat(plans.getSheetConditionalFormatting().getNumConditionalFormattings()).isEqualTo(1);
      assertThat(
              plans
                  .getSheetConditionalFormatting()
                  .getConditionalFormattingAt(0)
                  .getRule(0)
                  .getFormula1())
          .contains("TODAY()");
      assertThat(
              workbook.getSheet("Partners without 24x7").getRow(1).getCell(0).getStringCellValue())
          .isEqualTo("Northwind IT Partners");
      assertThat(workbook.getSheet("About")).isNotNull();
    }
  }
}
