package com.vianet.partnersupport.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class ManagersWorkbookTest {

  private static XSSFWorkbook written(
      List<WeeklyFigures> weeks, List<EscalationAggregate> aggregates) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ManagersWorkbook.write(ReportFixtures.run(), weeks, aggregates, out);
    return new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()));
  }

  @Test
  void summaryComparesTheWeekWithThePreviousOneAndTheTwelveBefore() throws IOException {
    try (XSSFWorkbook workbook = written(ReportFixtures.weeks(), ReportFixtures.aggregates())) {
      List<String> names = new ArrayList<>();
      workbook.forEach(s -> names.add(s.getSheetName()));
      assertThat(names)
          .containsExactly("Summary", "By partner", "By service", "By category", "Trend", "About");
      XSSFSheet summary = workbook.getSheet("Summary");
      Row escalations = summary.getRow(2);
      assertThat(escalations.getCell(0).getStringCellValue()).isEqualTo("Escalations");
      assertThat(escalations.getCell(1).getNumericCellValue()).isEqualTo(220);
      assertThat(escalations.getCell(2).getNumericCellValue()).isEqualTo(210);
      assertThat(escalations.getCell(3).getNumericCellValue()).isEqualTo(10);
      // the 12 weeks before: 100, 110, ... 210 → 155
      assertThat(escalations.getCell(4).getNumericCellValue()).isEqualTo(155);
      assertThat(summary.getRow(4).getCell(1).getNumericCellValue())
          .isCloseTo(44.0 / 220, within(1e-9));
      assertThat(summary.getPaneInformation().isFreezePane()).isTrue();
    }
  }

  @Test
  void breakdownsSumTheAggregatesWithATotalsRow() throws IOException {
    try (XSSFWorkbook workbook = written(ReportFixtures.weeks(), ReportFixtures.aggregates())) {
      XSSFSheet byService = workbook.getSheet("By service");
      assertThat(byService.getRow(1).getCell(0).getStringCellValue()).isEqualTo("Azure");
      assertThat(byService.getRow(2).getCell(0).getStringCellValue()).isEqualTo("Office 365");
      assertThat(byService.getRow(2).getCell(1).getNumericCellValue()).isEqualTo(40);
      assertThat(byService.getRow(2).getCell(3).getNumericCellValue()).isEqualTo(23);
      Row total = byService.getRow(3);
      assertThat(total.getCell(0).getStringCellValue()).isEqualTo("Total");
      assertThat(total.getCell(1).getNumericCellValue()).isEqualTo(60);
      assertThat(total.getCell(7).getNumericCellValue()).isCloseTo(25.0 / 60, within(1e-9));
      assertThat(byService.getCTWorksheet().isSetAutoFilter()).isTrue();
    }
  }

  @Test
  void aPartnerNameThatLooksLikeAFormulaStaysText() throws IOException {
    try (XSSFWorkbook workbook = written(ReportFixtures.weeks(), ReportFixtures.aggregates())) {
      var cell = workbook.getSheet("By partner").getRow(1).getCell(0);
      assertThat(cell.getCellType()).isEqualTo(CellType.STRING);
      assertThat(cell.getStringCellValue()).startsWith("=HYPERLINK");
      assertThat(cell.getCellStyle().getQuotePrefixed()).isTrue();
    }
  }

  @Test
  void trendHasNativeCharts() throws IOException {
    try (XSSFWorkbook workbook = written(ReportFixtures.weeks(), ReportFixtures.aggregates())) {
      XSSFSheet trend = workbook.getSheet("Trend");
      assertThat(trend.getLastRowNum()).isGreaterThanOrEqualTo(12);
      assertThat(trend.getRow(12).getCell(0).getStringCellValue()).isEqualTo("2026-W47");
      assertThat(trend.getDrawingPatriarch().getCharts()).hasSize(3);
    }
  }

  @Test
  void theSameInputGivesTheSameFiguresAndHashAndTheRunIsStamped() throws IOException {
    String first;
    String second;
    String other;
    try (XSSFWorkbook a = written(ReportFixtures.weeks(), ReportFixtures.aggregates());
        XSSFWorkbook b = written(ReportFixtures.weeks(), ReportFixtures.aggregates());
        XSSFWorkbook c =
            written(ReportFixtures.weeks(), ReportFixtures.aggregates().subList(0, 2))) {
      first = about(a, "Input SHA-256");
      second = about(b, "Input SHA-256");
      other = about(c, "Input SHA-256");
      assertThat(about(a, "Job run id")).isEqualTo("42");
      assertThat(about(a, "Rule duplicate")).isEqualTo("version 2");
      assertThat(a.getProperties().getCoreProperties().getTitle())
          .isEqualTo("Partner escalations 2026-W47");
      assertThat(a.getProperties().getCustomProperties().getProperty("inputSha256").getLpwstr())
          .isEqualTo(first);
    }
    assertThat(first).hasSize(64).isEqualTo(second).isNotEqualTo(other);
  }

  private static String about(XSSFWorkbook workbook, String key) {
    for (Row row : workbook.getSheet("About")) {
      if (row.getCell(0).getStringCellValue().equals(key)) {
        return row.getCell(1).getStringCellValue();
      }
    }
    throw new AssertionError("No " + key + " on the About sheet");
  }
}
