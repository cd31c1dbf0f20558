package com.vianet.partnersupport.reports;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * A compliance workbook a reviewer filled in and sent back, read with POI's streaming (SAX) reader
 * so a large one fits in little memory. It is checked cell by cell against the workbook this system
 * stored for that week: every cell but the reviewer's decisions must be the same, so a forged or
 * altered file is refused; the decisions are read by their code.
 */
public final class ReturnedWorkbook {

  /** One decision cell a reviewer filled: the request number and what the cell says. */
  public record Decision(int sheetRow, String number, String cell) {}

  /** Where the returned workbook differs from the stored one, if it does. */
  public record Check(String difference, List<Decision> decisions) {

    public boolean matches() {
      return difference == null;
    }
  }

  private static final Pattern LINKED_NUMBER = Pattern.compile(",\\s*\"([^\"]+)\"\\s*\\)\\s*$");

  private ReturnedWorkbook() {}

  /** The decision's code: the text before the dash ("INAPPROPRIATE – confirmed…"), upper case. */
  public static String code(String cell) {
    String trimmed = cell == null ? "" : cell.strip();
    int dash = trimmed.indexOf('–');
    if (dash < 0) {
      dash = trimmed.indexOf(" - ");
    }
    return (dash < 0 ? trimmed : trimmed.substring(0, dash))
        .strip()
        .toUpperCase(java.util.Locale.ROOT);
  }

  /** The ISO week the workbook says it is for (its "week" property), if it says so. */
  public static java.util.Optional<String> week(File file) throws IOException {
    try (OPCPackage pkg = OPCPackage.open(file, PackageAccess.READ)) {
      var property =
          new org.apache.poi.ooxml.POIXMLProperties(pkg).getCustomProperties().getProperty("week");
      return java.util.Optional.ofNullable(property == null ? null : property.getLpwstr())
          .filter(w -> w.matches("\\d{4}-W\\d{2}"));
    } catch (OpenXML4JException | org.apache.xmlbeans.XmlException | RuntimeException e) {
      throw new IOException("Not a readable Excel workbook", e);
    }
  }

  /** Compares a returned workbook with the one stored for its week. */
  public static Check check(File stored, File returned) throws IOException {
    Map<String, List<Long>> expected = read(stored, null);
    List<Decision> decisions = new ArrayList<>();
    Map<String, List<Long>> actual = read(returned, decisions);
    if (!expected.keySet().equals(actual.keySet())) {
      return new Check("sheets: " + String.join(", ", actual.keySet()), List.of());
    }
    for (Map.Entry<String, List<Long>> sheet : expected.entrySet()) {
      List<Long> got = actual.get(sheet.getKey());
      List<Long> want = sheet.getValue();
      for (int row = 0; row < Math.max(want.size(), got.size()); row++) {
        Long a = row < want.size() ? want.get(row) : null;
        Long b = row < got.size() ? got.get(row) : null;
        if (!java.util.Objects.equals(a, b)) {
          return new Check(sheet.getKey() + ", row " + (row + 1), List.of());
        }
      }
    }
    return new Check(null, decisions);
  }

  /**
   * Each sheet's rows as short digests of their cells (the decision column left out on the flagged
   * sheets), in order; the decisions too when a list is given.
   */
  private static Map<String, List<Long>> read(File file, List<Decision> decisions)
      throws IOException {
    Map<String, List<Long>> sheets = new LinkedHashMap<>();
    try (OPCPackage pkg = OPCPackage.open(file, PackageAccess.READ)) {
      XSSFReader reader = new XSSFReader(pkg);
      ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg);
      StylesTable styles = reader.getStylesTable();
      XSSFReader.SheetIterator it = (XSSFReader.SheetIterator) reader.getSheetsData();
      while (it.hasNext()) {
        try (InputStream sheet = it.next()) {
          String name = it.getSheetName();
          boolean flagged = name.startsWith(ComplianceWorkbook.FLAGGED_SHEET);
          RowDigests rows = new RowDigests(flagged, decisions);
          XMLReader parser = XMLHelper.newXMLReader();
          parser.setContentHandler(
              new XSSFSheetXMLHandler(styles, null, strings, rows, new DataFormatter(), true));
          parser.parse(new InputSource(sheet));
          rows.endRow(-1);
          sheets.put(name, rows.digests);
        }
      }
    } catch (OpenXML4JException | SAXException | ParserConfigurationException e) {
      throw new IOException("Not a readable Excel workbook", e);
    }
    return sheets;
  }

  /** Digests each row's cells as they stream by; blank cells count as absent. */
  private static final class RowDigests implements XSSFSheetXMLHandler.SheetContentsHandler {
    private final boolean flagged;
    private final List<Decision> decisions;
    private final List<Long> digests = new ArrayList<>();
    private final MessageDigest digest;
    private int rowNum = -1;
    private boolean any;
    private String number;
    private String decision;

    RowDigests(boolean flagged, List<Decision> decisions) {
      this.flagged = flagged;
      this.decisions = decisions;
      try {
        this.digest = MessageDigest.getInstance("SHA-256");
      } catch (NoSuchAlgorithmException e) {
        throw new IllegalStateException(e);
      }
    }

    @Override
    public void startRow(int rowNum) {
      this.rowNum = rowNum;
      any = false;
      number = null;
      decision = null;
      digest.reset();
    }

    @Override
    public void endRow(int ignored) {
      if (rowNum < 0) {
        return;
      }
      if (any) {
        while (digests.size() < rowNum) {
          digests.add(0L);
        }
        byte[] d = digest.digest();
        long value = 0;
        for (int i = 0; i < 8; i++) {
          value = (value << 8) | (d[i] & 0xff);
        }
        digests.add(value);
      }
      if (flagged && decisions != null && rowNum > 0 && decision != null && !decision.isBlank()) {
        decisions.add(new Decision(rowNum + 1, number, decision));
      }
      rowNum = -1;
    }

    @Override
    public void cell(String reference, String value, XSSFComment comment) {
      if (value == null || value.isEmpty()) {
        return;
      }
      int column = new CellReference(reference).getCol();
      if (flagged && column == ComplianceWorkbook.DECISION_COLUMN && rowNum > 0) {
        decision = value;
        return;
      }
      if (flagged && column == 0) {
        Matcher linked = LINKED_NUMBER.matcher(value);
        number = linked.find() ? linked.group(1) : value;
      }
      any = true;
      digest.update((column + "=" + value + "\u0000").getBytes(StandardCharsets.UTF_8));
    }
  }
}
