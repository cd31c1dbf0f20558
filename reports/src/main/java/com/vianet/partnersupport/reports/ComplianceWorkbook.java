package com.vianet.partnersupport.reports;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.ConditionalFormattingRule;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.PatternFormatting;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetConditionalFormatting;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * The compliance review workbook ({@code compliance-YYYY-Www.xlsx}), streamed: flagged escalations
 * (any number; a table longer than a sheet continues on the next) with a link to each request and a
 * reviewer's decision drop-down, remediation plans with overdue actions highlighted, and the
 * partners without a 24×7 support channel.
 */
public final class ComplianceWorkbook {

  /**
   * The choices of the reviewer's decision column: a code, then its meaning. An uploaded workbook
   * is read by the code before the dash, so the meaning can be worded (or translated) freely.
   */
  public static final String[] DECISIONS = {
    "INAPPROPRIATE – confirmed inappropriate",
    "APPROPRIATE – not inappropriate",
    "DISCUSS – needs discussion"
  };

  /** The column of the reviewer's decision on the flagged escalations' sheets (L). */
  public static final int DECISION_COLUMN = 11;

  /** The flagged escalations' sheet, and its continuations ("Flagged escalations (2)"…). */
  public static final String FLAGGED_SHEET = "Flagged escalations";

  private static final List<TableSheets.Column> FLAGGED =
      List.of(
          new TableSheets.Column("Request", 12),
          new TableSheets.Column("Partner", 28),
          new TableSheets.Column("Customer", 28),
          new TableSheets.Column("Service", 14),
          new TableSheets.Column("Category", 22),
          new TableSheets.Column("Created (Beijing)", 17),
          new TableSheets.Column("Resolved (Beijing)", 17),
          new TableSheets.Column("Rules", 24),
          new TableSheets.Column("Reasons", 60),
          new TableSheets.Column("Score", 8),
          new TableSheets.Column("Agent's verdict", 16),
          new TableSheets.Column("Reviewer's decision", 24));

  private static final List<TableSheets.Column> PLANS =
      List.of(
          new TableSheets.Column("Partner code", 14),
          new TableSheets.Column("Partner", 28),
          new TableSheets.Column("Status", 18),
          new TableSheets.Column("Action", 50),
          new TableSheets.Column("Owner", 20),
          new TableSheets.Column("Due", 11),
          new TableSheets.Column("Done", 8));

  /** Hands the flagged rows over one at a time, so none has to be held (a cursor, a list...). */
  @FunctionalInterface
  public interface FlaggedRows {
    void forEachRow(java.util.function.Consumer<FlaggedEscalation> row)
        throws java.sql.SQLException;
  }

  private static final java.util.regex.Pattern REQUEST_NUMBER =
      java.util.regex.Pattern.compile("[A-Za-z0-9-]+");

  private ComplianceWorkbook() {}

  public static String fileName(String isoWeek) {
    return "compliance-" + isoWeek + ".xlsx";
  }

  /** Writes the workbook; returns the SHA-256 of its input rows (also on its About sheet). */
  public static String write(
      ReportRun run,
      FlaggedRows flagged,
      List<RemediationPlanRow> plans,
      List<String> partnersWithout24x7,
      OutputStream out)
      throws IOException {
    return write(run, flagged, plans, partnersWithout24x7, null, out, TableSheets.EXCEL_MAX_ROWS);
  }

  /** As above, with the "Rule quality" sheet: the rules measured against people's decisions. */
  public static String write(
      ReportRun run,
      FlaggedRows flagged,
      List<RemediationPlanRow> plans,
      List<String> partnersWithout24x7,
      List<com.vianet.partnersupport.core.review.RuleQuality.Week> quality,
      List<com.vianet.partnersupport.core.review.RuleQuality.Summary> qualitySummary,
      OutputStream out)
      throws IOException {
    return write(
        run,
        flagged,
        plans,
        partnersWithout24x7,
        new RuleQualitySheet.Input(quality, qualitySummary),
        out,
        TableSheets.EXCEL_MAX_ROWS);
  }

  /** As above, with a smaller sheet size so tests can see a table continue on the next sheet. */
  static String write(
      ReportRun run,
      FlaggedRows flagged,
      List<RemediationPlanRow> plans,
      List<String> partnersWithout24x7,
      RuleQualitySheet.Input quality,
      OutputStream out,
      int maxRowsPerSheet)
      throws IOException {
    InputHash hash = new InputHash();
    // Closing the streaming workbook deletes its temporary files.
    try (SXSSFWorkbook workbook = new StreamingWorkbook(500)) {
      WorkbookStyles styles = new WorkbookStyles(workbook);
      TableSheets table =
          new TableSheets(workbook, styles, FLAGGED_SHEET, FLAGGED, maxRowsPerSheet);
      Sheet[] previous = {table.sheet()};
      try {
        flagged.forEachRow(
            f -> {
              hash.add(f);
              Row row = table.nextRow();
              if (table.sheet() != previous[0]) {
                decisionDropDown(previous[0], maxRowsPerSheet - 1);
                previous[0] = table.sheet();
              }
              link(row.createCell(0), f.number(), f.portalUrl(), styles);
              table.text(row, 1, f.partner());
              table.text(row, 2, f.customer());
              table.text(row, 3, f.service());
              table.text(row, 4, CategoryNames.of(f.category()));
              date(row, 5, f.created(), styles);
              date(row, 6, f.resolved(), styles);
              table.text(row, 7, f.rules());
              table.text(row, 8, f.reasons());
              table.number(row, 9, f.score(), styles.decimal);
              table.text(row, 10, f.verdict());
            });
      } catch (java.sql.SQLException e) {
        throw new IOException("Could not read the flagged escalations", e);
      }
      Sheet sheet = table.sheet();
      decisionDropDown(sheet, Math.max(1, table.rowsOnCurrentSheet()));
      table.finish();

      TableSheets planTable =
          new TableSheets(workbook, styles, "Remediation plans", PLANS, maxRowsPerSheet);
      for (RemediationPlanRow p : plans) {
        hash.add(p);
        Row row = planTable.nextRow();
        planTable.text(row, 0, p.partnerCode());
        planTable.text(row, 1, p.partner());
        planTable.text(row, 2, p.status());
        planTable.text(row, 3, p.action());
        planTable.text(row, 4, p.owner());
        date(row, 5, p.dueOn(), styles);
        row.createCell(6).setCellValue(p.done() ? "yes" : "no");
      }
      highlightOverdue(planTable.sheet(), Math.max(1, planTable.rowsOnCurrentSheet()));
      planTable.finish();

      TableSheets partners =
          new TableSheets(
              workbook,
              styles,
              "Partners without 24x7",
              List.of(new TableSheets.Column("Partner", 40)),
              maxRowsPerSheet);
      for (String partner : partnersWithout24x7) {
        hash.add(partner);
        partners.text(partners.nextRow(), 0, partner);
      }
      partners.finish();

      if (quality != null) {
        RuleQualitySheet.write(workbook, styles, quality, hash);
      }

      AboutSheet.write(workbook, workbook.getXSSFWorkbook(), "Compliance review", run, hash.hex());
      workbook.write(out);
    }
    return hash.hex();
  }

  /**
   * A HYPERLINK formula rather than a hyperlink object: SXSSF keeps every hyperlink object in
   * memory until the end, a million of them do not fit in a bounded heap, formulas stream. Only our
   * own http(s) URL and request number go into it, quotes doubled.
   */
  private static void link(Cell cell, String number, String url, WorkbookStyles styles) {
    if (url == null
        || !(url.startsWith("http://") || url.startsWith("https://"))
        || !REQUEST_NUMBER.matcher(number).matches()) {
      cell.setCellValue(number);
      return;
    }
    cell.setCellFormula("HYPERLINK(\"" + url.replace("\"", "\"\"") + "\",\"" + number + "\")");
    cell.setCellStyle(styles.link);
  }

  private static void date(Row row, int column, java.time.LocalDate value, WorkbookStyles styles) {
    Cell cell = row.createCell(column);
    if (value != null) {
      cell.setCellValue(value);
    }
    cell.setCellStyle(styles.date);
  }

  private static void decisionDropDown(Sheet sheet, int lastRow) {
    DataValidationHelper helper = sheet.getDataValidationHelper();
    DataValidation validation =
        helper.createValidation(
            helper.createExplicitListConstraint(DECISIONS),
            new CellRangeAddressList(1, lastRow, DECISION_COLUMN, DECISION_COLUMN));
    validation.setShowErrorBox(true);
    validation.setSuppressDropDownArrow(true);
    sheet.addValidationData(validation);
  }

  /** Rows whose action is not done and whose due date has passed turn red, as the days go by. */
  private static void highlightOverdue(Sheet sheet, int lastRow) {
    SheetConditionalFormatting formatting = sheet.getSheetConditionalFormatting();
    ConditionalFormattingRule rule =
        formatting.createConditionalFormattingRule("AND($G2=\"no\",$F2<>\"\",$F2<TODAY())");
    PatternFormatting fill = rule.createPatternFormatting();
    fill.setFillBackgroundColor(IndexedColors.ROSE.getIndex());
    fill.setFillPattern(FillPatternType.SOLID_FOREGROUND.getCode());
    formatting.addConditionalFormatting(
        new CellRangeAddress[] {new CellRangeAddress(1, lastRow, 0, 6)}, rule);
  }
}
