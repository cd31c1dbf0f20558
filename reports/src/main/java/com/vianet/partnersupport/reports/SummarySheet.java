package com.vianet.partnersupport.reports;

import java.util.List;
import java.util.function.ToDoubleFunction;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** The week's key figures against the previous week and the average of the 12 weeks before. */
final class SummarySheet {

  private SummarySheet() {}

  static void write(XSSFWorkbook workbook, WorkbookStyles styles, List<WeeklyFigures> weeks) {
    WeeklyFigures current = weeks.get(weeks.size() - 1);
    WeeklyFigures previous = weeks.size() > 1 ? weeks.get(weeks.size() - 2) : null;
    List<WeeklyFigures> before = weeks.subList(Math.max(0, weeks.size() - 13), weeks.size() - 1);
    Sheet sheet = workbook.createSheet("Summary");
    int[] widths = {30, 14, 14, 14, 16};
    String[] headers = {
      "Week " + current.isoWeek(), "This week", "Previous week", "Change", "12-week average"
    };
    Row header = sheet.createRow(0);
    for (int i = 0; i < headers.length; i++) {
      header.createCell(i).setCellValue(headers[i]);
      header.getCell(i).setCellStyle(styles.header);
      sheet.setColumnWidth(i, widths[i] * 256);
    }
    sheet.createFreezePane(0, 1);
    int r = 1;
    r =
        figure(
            sheet,
            r,
            styles,
            styles.integer,
            "Requests",
            current,
            previous,
            before,
            w -> w.requests());
    r =
        figure(
            sheet,
            r,
            styles,
            styles.integer,
            "Escalations",
            current,
            previous,
            before,
            w -> w.escalations());
    r =
        figure(
            sheet,
            r,
            styles,
            styles.integer,
            "Deflected cases",
            current,
            previous,
            before,
            w -> w.deflected());
    r =
        figure(
            sheet,
            r,
            styles,
            styles.percent,
            "Inappropriate rate",
            current,
            previous,
            before,
            WeeklyFigures::inappropriateRate);
    r =
        figure(
            sheet,
            r,
            styles,
            styles.integer,
            "Response target breaches",
            current,
            previous,
            before,
            w -> w.targetBreaches());
    r =
        figure(
            sheet,
            r,
            styles,
            styles.integer,
            "Open remediation plans",
            current,
            previous,
            before,
            w -> w.openRemediationPlans());
    r =
        figure(
            sheet,
            r,
            styles,
            styles.integer,
            "Escalated despite the review's advice",
            current,
            previous,
            before,
            w -> w.escalatedDespiteAdvice());
    r =
        figure(
            sheet,
            r,
            styles,
            styles.integer,
            "Deflected after the review's advice",
            current,
            previous,
            before,
            w -> w.deflectedAfterAdvice());
  }

  private static int figure(
      Sheet sheet,
      int r,
      WorkbookStyles styles,
      CellStyle style,
      String label,
      WeeklyFigures current,
      WeeklyFigures previous,
      List<WeeklyFigures> before,
      ToDoubleFunction<WeeklyFigures> value) {
    Row row = sheet.createRow(r);
    row.createCell(0).setCellValue(label);
    double now = value.applyAsDouble(current);
    set(row, 1, now, style);
    if (previous != null) {
      double then = value.applyAsDouble(previous);
      set(row, 2, then, style);
      set(row, 3, now - then, style == styles.percent ? styles.percent : styles.integer);
    }
    if (!before.isEmpty()) {
      set(
          row,
          4,
          before.stream().mapToDouble(value).average().orElse(0),
          style == styles.percent ? styles.percent : styles.decimal);
    }
    return r + 1;
  }

  private static void set(Row row, int column, double value, CellStyle style) {
    row.createCell(column).setCellValue(value);
    row.getCell(column).setCellStyle(style);
  }
}
