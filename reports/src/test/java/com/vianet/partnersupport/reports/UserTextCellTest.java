package com.vianet.partnersupport.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class UserTextCellTest {

  @Test
  void formulaLikeUserTextStaysAQuotedStringCell() throws IOException {
    byte[] xlsx;
    try (SXSSFWorkbook workbook = new SXSSFWorkbook(100);
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      CellStyle plain = workbook.createCellStyle();
      CellStyle quoted = workbook.createCellStyle();
      quoted.setQuotePrefixed(true);
      Sheet sheet = workbook.createSheet("Escalations");
      String[] values = {
        "=HYPERLINK(\"http://evil\",\"x\")", "+1+1", "-2", "@SUM(A1)", "Outlook <b>sync</b>", null
      };
      for (int i = 0; i < values.length; i++) {
        Row row = sheet.createRow(i);
        UserTextCell.write(row.createCell(0), values[i], plain, quoted);
      }
      workbook.write(out);
      xlsx = out.toByteArray();
    }
    try (XSSFWorkbook read = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
      Sheet sheet = read.getSheetAt(0);
      for (int i = 0; i < 4; i++) {
        var cell = sheet.getRow(i).getCell(0);
        assertThat(cell.getCellType()).isEqualTo(CellType.STRING);
        assertThat(cell.getCellStyle().getQuotePrefixed()).as("row %d", i).isTrue();
      }
      assertThat(sheet.getRow(0).getCell(0).getStringCellValue())
          .isEqualTo("=HYPERLINK(\"http://evil\",\"x\")");
      assertThat(sheet.getRow(4).getCell(0).getStringCellValue()).isEqualTo("Outlook <b>sync</b>");
      assertThat(sheet.getRow(4).getCell(0).getCellStyle().getQuotePrefixed()).isFalse();
      assertThat(sheet.getRow(5).getCell(0).getCellType()).isEqualTo(CellType.BLANK);
    }
  }

  @Test
  void overlongTextIsCutToExcelsLimit() throws IOException {
    try (SXSSFWorkbook workbook = new SXSSFWorkbook()) {
      CellStyle style = workbook.createCellStyle();
      var cell = workbook.createSheet().createRow(0).createCell(0);
      UserTextCell.write(cell, "x".repeat(40_000), style, style);
      assertThat(cell.getStringCellValue()).hasSize(UserTextCell.MAX_LENGTH).endsWith("…");
    }
  }
}
