package com.vianet.partnersupport.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipFile;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class StreamingWorkbookTest {

  /** Text POI must escape or replace, and text it must leave alone. */
  private static final List<String> TEXTS =
      List.of(
          "plain words",
          "",
          "<b>bold</b> & \"quoted\" 'single'",
          "line one\nline two\r\n\ttabbed",
          "no\u00A0break",
          "bell\u0007 escape\u001B unit separator\u001F null\u0000",
          "not a character \uFFFE \uFFFF",
          "中文 服务请求 — Italiano è già",
          "emoji 😀 pair",
          "lone high \uD83D then text",
          "lone low \uDE00 end",
          "ends with a high surrogate \uD83D",
          "=SUM(A1:A9)",
          "x".repeat(5_000) + "&" + "y".repeat(5_000));

  @Test
  void writesTheSameSheetXmlAsPoisOwnStreamingWorkbook() throws IOException {
    String expected = sheetXml(written(new SXSSFWorkbook(2)));
    assertThat(expected)
        .contains(
            "&lt;b&gt;bold&lt;/b&gt; &amp; &quot;quoted&quot;",
            "&#xa;",
            "bell? escape? unit separator? null?");
    assertThat(sheetXml(written(new StreamingWorkbook(2)))).isEqualTo(expected);
  }

  @Test
  void readsBackAsTheTextThatWasWritten() throws IOException {
    try (XSSFWorkbook read =
        new XSSFWorkbook(new ByteArrayInputStream(written(new StreamingWorkbook(2))))) {
      Sheet sheet = read.getSheetAt(0);
      assertThat(sheet.getRow(2).getCell(0).getStringCellValue()).isEqualTo(TEXTS.get(2));
      assertThat(sheet.getRow(7).getCell(0).getStringCellValue()).isEqualTo(TEXTS.get(7));
      assertThat(sheet.getRow(8).getCell(0).getStringCellValue()).isEqualTo(TEXTS.get(8));
      assertThat(sheet.getRow(13).getCell(0).getStringCellValue()).hasSize(10_001);
    }
  }

  private static byte[] written(SXSSFWorkbook workbook) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (workbook) {
      fill(workbook);
      workbook.write(out);
    }
    return out.toByteArray();
  }

  private static void fill(SXSSFWorkbook workbook) {
    Sheet sheet = workbook.createSheet("Text");
    for (int i = 0; i < TEXTS.size(); i++) {
      Row row = sheet.createRow(i);
      row.createCell(0).setCellValue(TEXTS.get(i));
      row.createCell(1)
          .setCellFormula("HYPERLINK(\"http://example.cn/?a=1&b=\"\"2\"\"\",\"SR" + i + "\")");
    }
  }

  private static String sheetXml(byte[] workbook) throws IOException {
    Path file = Files.createTempFile("streaming-workbook-", ".xlsx");
    try {
      Files.write(file, workbook);
      try (ZipFile zip = new ZipFile(file.toFile())) {
        return new String(
            zip.getInputStream(zip.getEntry("xl/worksheets/sheet1.xml")).readAllBytes(),
            StandardCharsets.UTF_8);
      }
    } finally {
      Files.delete(file);
    }
  }
}
