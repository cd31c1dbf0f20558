package com.vianet.partnersupport.reports;

import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.WorkbookUtil;

/**
 * A table written row by row: header frozen, autofilter, fixed widths (auto-size is slow on big
 * sheets). A table longer than a sheet continues on "Name (2)", "Name (3)"... with the header
 * again.
 */
final class TableSheets {

  /** A column: its header and its width in characters. */
  record Column(String header, int width) {}

  /** Excel's limit. */
  static final int EXCEL_MAX_ROWS = 1_048_576;

  private final Workbook workbook;
  private final WorkbookStyles styles;
  private final String name;
  private final List<Column> columns;
  private final int maxRows;
  private Sheet sheet;
  private int sheets;
  private int nextRow;

  TableSheets(
      Workbook workbook, WorkbookStyles styles, String name, List<Column> columns, int maxRows) {
    this.workbook = workbook;
    this.styles = styles;
    this.name = name;
    this.columns = columns;
    this.maxRows = maxRows;
    startSheet();
  }

  Sheet sheet() {
    return sheet;
  }

  /** The next data row, on a new sheet when this one is full. */
  Row nextRow() {
    if (nextRow >= maxRows) {
      finishSheet();
      startSheet();
    }
    return sheet.createRow(nextRow++);
  }

  int rowsOnCurrentSheet() {
    return nextRow - 1;
  }

  void text(Row row, int column, String value) {
    UserTextCell.write(row.createCell(column), value, styles.text, styles.quotedText);
  }

  void number(Row row, int column, double value, org.apache.poi.ss.usermodel.CellStyle style) {
    Cell cell = row.createCell(column);
    if (!Double.isNaN(value)) {
      cell.setCellValue(value);
    }
    cell.setCellStyle(style);
  }

  /** Ends the table: the autofilter covers the rows written on the last sheet. */
  void finish() {
    finishSheet();
  }

  private void startSheet() {
    sheets++;
    String sheetName =
        WorkbookUtil.createSafeSheetName(sheets == 1 ? name : name + " (" + sheets + ")");
    sheet = workbook.createSheet(sheetName);
    Row header = sheet.createRow(0);
    for (int i = 0; i < columns.size(); i++) {
      Cell cell = header.createCell(i);
      cell.setCellValue(columns.get(i).header());
      cell.setCellStyle(styles.header);
      sheet.setColumnWidth(i, Math.min(255, columns.get(i).width()) * 256);
    }
    sheet.createFreezePane(0, 1);
    nextRow = 1;
  }

  private void finishSheet() {
    int last = Math.max(1, nextRow - 1);
    sheet.setAutoFilter(new CellRangeAddress(0, last, 0, columns.size() - 1));
  }
}
