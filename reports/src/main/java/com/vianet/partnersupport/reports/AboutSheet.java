package com.vianet.partnersupport.reports;

import java.util.Map;
import java.util.TreeMap;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The "About" sheet and the document properties: what a workbook was made from, and by which run.
 */
final class AboutSheet {

  private AboutSheet() {}

  static void write(
      Workbook workbook, XSSFWorkbook properties, String title, ReportRun run, String inputHash) {
    Sheet sheet = workbook.createSheet("About");
    sheet.setColumnWidth(0, 24 * 256);
    sheet.setColumnWidth(1, 70 * 256);
    Map<String, String> lines = new java.util.LinkedHashMap<>();
    lines.put("Report", title);
    lines.put("ISO week", run.isoWeek());
    lines.put("Generated at (UTC)", run.generatedAt().toString());
    lines.put("Job run id", Long.toString(run.jobRunId()));
    new TreeMap<>(run.ruleVersions())
        .forEach((rule, version) -> lines.put("Rule " + rule, "version " + version));
    lines.put("Input SHA-256", inputHash);
    int i = 0;
    for (Map.Entry<String, String> line : lines.entrySet()) {
      Row row = sheet.createRow(i++);
      row.createCell(0).setCellValue(line.getKey());
      row.createCell(1).setCellValue(line.getValue());
    }
    var core = properties.getProperties().getCoreProperties();
    core.setTitle(title + " " + run.isoWeek());
    core.setSubjectProperty("ISO week " + run.isoWeek());
    core.setCreator("Partner Support nightly job");
    core.setDescription("Job run " + run.jobRunId() + ", input SHA-256 " + inputHash);
    core.setKeywords(run.isoWeek());
    var custom = properties.getProperties().getCustomProperties();
    custom.addProperty("week", run.isoWeek());
    custom.addProperty("jobRunId", Long.toString(run.jobRunId()));
    custom.addProperty("inputSha256", inputHash);
    custom.addProperty("generatedAt", run.generatedAt().toString());
  }
}
