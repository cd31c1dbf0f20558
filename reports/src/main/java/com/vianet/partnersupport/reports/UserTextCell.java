package com.vianet.partnersupport.reports;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;

/**
 * Writes text that came from a user (titles, names, descriptions) so that a spreadsheet never
 * evaluates it: always a string cell, and one that starts like a formula is also quote-prefixed, so
 * it stays text even after someone edits the cell or saves the sheet as CSV.
 */
public final class UserTextCell {

  /** Excel's cell length limit; longer text is cut with a marker rather than failing the report. */
  public static final int MAX_LENGTH = 32_767;

  private UserTextCell() {}

  public static boolean looksLikeFormula(String text) {
    if (text == null || text.isEmpty()) {
      return false;
    }
    char first = text.charAt(0);
    return first == '='
        || first == '+'
        || first == '-'
        || first == '@'
        || first == '\t'
        || first == '\r';
  }

  /**
   * @param plain the style for ordinary text
   * @param quoted the same style with {@code setQuotePrefixed(true)}, created once per workbook
   */
  public static void write(Cell cell, String text, CellStyle plain, CellStyle quoted) {
    if (text == null) {
      cell.setBlank();
      cell.setCellStyle(plain);
      return;
    }
    String value = text.length() > MAX_LENGTH ? text.substring(0, MAX_LENGTH - 1) + "…" : text;
    cell.setCellValue(value);
    cell.setCellStyle(looksLikeFormula(value) ? quoted : plain);
  }
}
