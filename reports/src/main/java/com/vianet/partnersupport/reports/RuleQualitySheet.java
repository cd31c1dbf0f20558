package com.vianet.partnersupport.reports;

import com.vianet.partnersupport.core.review.RuleQuality;
import java.util.List;
import java.util.TreeSet;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * "Rule quality": each rule version against people's decisions over 12 weeks (flags judged
 * inappropriate, appropriate, not judged; precision; marked for review), the escalations judged
 * inappropriate that no rule flagged, and each rule's precision week by week.
 */
final class RuleQualitySheet {

  /** What the sheet shows: the weeks, oldest first, and each rule version's summary. */
  record Input(List<RuleQuality.Week> weeks, List<RuleQuality.Summary> summaries) {}

  private static final String[] SUMMARY = {
    "Rule",
    "Version",
    "Flagged",
    "Judged inappropriate",
    "Judged appropriate",
    "Not judged",
    "Precision",
    "For review"
  };

  private RuleQualitySheet() {}

  static void write(Workbook workbook, WorkbookStyles styles, Input input, InputHash hash) {
    Sheet sheet = workbook.createSheet("Rule quality");
    int r = 0;
    Row header = sheet.createRow(r++);
    for (int i = 0; i < SUMMARY.length; i++) {
      header.createCell(i).setCellValue(SUMMARY[i]);
      header.getCell(i).setCellStyle(styles.header);
      sheet.setColumnWidth(i, (i == 0 ? 24 : 14) * 256);
    }
    for (RuleQuality.Summary s : input.summaries()) {
      hash.add(s);
      Row row = sheet.createRow(r++);
      row.createCell(0).setCellValue(s.ruleId());
      integer(row, 1, s.ruleVersion(), styles);
      integer(row, 2, s.flagged(), styles);
      integer(row, 3, s.inappropriate(), styles);
      integer(row, 4, s.appropriate(), styles);
      integer(row, 5, s.flagged() - s.inappropriate() - s.appropriate(), styles);
      if (s.precision() != null) {
        row.createCell(6).setCellValue(s.precision());
        row.getCell(6).setCellStyle(styles.percent);
      }
      row.createCell(7).setCellValue(s.forReview() ? "yes" : "no");
    }
    r++;
    TreeSet<String> rules = new TreeSet<>();
    input
        .weeks()
        .forEach(w -> w.rows().forEach(row -> rules.add(row.ruleId() + " v" + row.ruleVersion())));
    Row trendHeader = sheet.createRow(r++);
    trendHeader.createCell(0).setCellValue("Week");
    trendHeader.createCell(1).setCellValue("Missed (inappropriate, no flag)");
    int c = 2;
    for (String rule : rules) {
      trendHeader.createCell(c++).setCellValue("Precision " + rule);
    }
    for (int i = 0; i < c; i++) {
      trendHeader.getCell(i).setCellStyle(styles.header);
    }
    for (RuleQuality.Week week : input.weeks()) {
      hash.add(week);
      Row row = sheet.createRow(r++);
      row.createCell(0).setCellValue(week.isoWeek());
      integer(row, 1, week.missed(), styles);
      int column = 2;
      for (String rule : rules) {
        int at = column++;
        week.rows().stream()
            .filter(
                x -> (x.ruleId() + " v" + x.ruleVersion()).equals(rule) && x.precision() != null)
            .findFirst()
            .ifPresent(
                x -> {
                  row.createCell(at).setCellValue(x.precision());
                  row.getCell(at).setCellStyle(styles.percent);
                });
      }
    }
  }

  private static void integer(Row row, int column, long value, WorkbookStyles styles) {
    row.createCell(column).setCellValue(value);
    row.getCell(column).setCellStyle(styles.integer);
  }
}
