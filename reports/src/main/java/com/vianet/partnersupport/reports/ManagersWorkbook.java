package com.vianet.partnersupport.reports;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The managers' weekly workbook ({@code escalations-YYYY-Www.xlsx}): summary with the change
 * against the previous week and the 12-week average, escalations by partner, service and category,
 * the 12-week trend with native charts, and the About sheet. Small (aggregates only), so it is
 * built in memory.
 */
public final class ManagersWorkbook {

  private static final List<TableSheets.Column> BREAKDOWN =
      List.of(
          new TableSheets.Column("", 36), new TableSheets.Column("Escalations", 13),
          new TableSheets.Column("Appropriate", 13), new TableSheets.Column("Inappropriate", 14),
          new TableSheets.Column("Unreviewed", 13), new TableSheets.Column("Deflected", 12),
          new TableSheets.Column("Target breaches", 15),
              new TableSheets.Column("Inappropriate rate", 17));

  private ManagersWorkbook() {}

  public static String fileName(String isoWeek) {
    return "escalations-" + isoWeek + ".xlsx";
  }

  /**
   * @param weeks the last weeks, oldest first, the report's week last (up to 13: 12 before it)
   * @param aggregates the report week's escalations by partner, service and category
   */
  /** Writes the workbook; returns the SHA-256 of its input rows (also on its About sheet). */
  public static String write(
      ReportRun run,
      List<WeeklyFigures> weeks,
      List<EscalationAggregate> aggregates,
      OutputStream out)
      throws IOException {
    if (weeks.isEmpty()) {
      throw new IllegalArgumentException("At least the report's own week is needed");
    }
    InputHash hash = new InputHash();
    weeks.forEach(hash::add);
    aggregates.forEach(hash::add);
    try (XSSFWorkbook workbook = new XSSFWorkbook()) {
      WorkbookStyles styles = new WorkbookStyles(workbook);
      SummarySheet.write(workbook, styles, weeks);
      breakdown(
          workbook, styles, "By partner", "Partner", aggregates, EscalationAggregate::partner);
      breakdown(
          workbook, styles, "By service", "Service", aggregates, EscalationAggregate::service);
      breakdown(
          workbook,
          styles,
          "By category",
          "Category",
          aggregates,
          a -> CategoryNames.of(a.category()));
      TrendSheet.write(workbook, styles, weeks, aggregates);
      AboutSheet.write(workbook, workbook, "Partner escalations", run, hash.hex());
      workbook.write(out);
    }
    return hash.hex();
  }

  private static void breakdown(
      XSSFWorkbook workbook,
      WorkbookStyles styles,
      String sheetName,
      String keyHeader,
      List<EscalationAggregate> aggregates,
      Function<EscalationAggregate, String> key) {
    Map<String, long[]> groups = new TreeMap<>();
    for (EscalationAggregate a : aggregates) {
      long[] sums = groups.computeIfAbsent(key.apply(a), k -> new long[6]);
      sums[0] += a.escalations();
      sums[1] += a.appropriate();
      sums[2] += a.inappropriate();
      sums[3] += a.unreviewed();
      sums[4] += a.deflected();
      sums[5] += a.targetBreaches();
    }
    List<TableSheets.Column> columns = new java.util.ArrayList<>(BREAKDOWN);
    columns.set(0, new TableSheets.Column(keyHeader, 36));
    TableSheets table =
        new TableSheets(workbook, styles, sheetName, columns, TableSheets.EXCEL_MAX_ROWS);
    long[] total = new long[6];
    for (Map.Entry<String, long[]> group : groups.entrySet()) {
      Row row = table.nextRow();
      table.text(row, 0, group.getKey());
      long[] sums = group.getValue();
      for (int i = 0; i < 6; i++) {
        table.number(row, i + 1, sums[i], styles.integer);
        total[i] += sums[i];
      }
      table.number(row, 7, rate(sums[2], sums[0]), styles.percent);
    }
    table.finish();
    Row totals = table.nextRow();
    totals.createCell(0).setCellValue("Total");
    totals.getCell(0).setCellStyle(styles.totalLabel);
    for (int i = 0; i < 6; i++) {
      totals.createCell(i + 1).setCellValue(total[i]);
      totals.getCell(i + 1).setCellStyle(styles.totalInteger);
    }
    totals.createCell(7).setCellValue(rate(total[2], total[0]));
    totals.getCell(7).setCellStyle(styles.totalPercent);
  }

  static double rate(long part, long whole) {
    return whole == 0 ? 0 : (double) part / whole;
  }
}
