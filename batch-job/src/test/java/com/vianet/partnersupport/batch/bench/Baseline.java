package com.vianet.partnersupport.batch.bench;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import javax.sql.DataSource;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * What a user would write instead of the job: one GROUP BY over all escalations by partner,
 * service, category and week, and the flagged rows streamed into a workbook.
 */
final class Baseline {

  private static final String AGGREGATES =
      """
      SELECT r.partner_id, r.service_id, r.category, DATE_TRUNC('week', r.created_at) AS week, COUNT(*),
          SUM(CASE WHEN v.verdict = 'INAPPROPRIATE' THEN 1 ELSE 0 END),
          PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY EXTRACT(EPOCH FROM r.first_contact_at - r.created_at)),
          PERCENTILE_CONT(0.9) WITHIN GROUP (ORDER BY EXTRACT(EPOCH FROM r.resolved_at - r.created_at))
      FROM support_request r LEFT JOIN escalation_verdict v ON v.request_id = r.id
      WHERE r.kind = 'ESCALATION'
      GROUP BY r.partner_id, r.service_id, r.category, DATE_TRUNC('week', r.created_at)
      """;
  private static final String FLAGGED =
      """
      SELECT r.request_number, p.name, r.category, r.created_at, f.rule_id, f.score, f.reason
      FROM escalation_flag f JOIN support_request r ON r.id = f.request_id JOIN partner p ON p.id = r.partner_id
      WHERE f.business_date = ?
      """;

  private Baseline() {}

  /** Returns the number of flagged rows written. */
  static long run(DataSource dataSource, LocalDate date, Path file) throws Exception {
    try (Connection connection = dataSource.getConnection()) {
      connection.setAutoCommit(false);
      long groups = 0;
      try (PreparedStatement aggregate = connection.prepareStatement(AGGREGATES);
          ResultSet rs = aggregate.executeQuery()) {
        while (rs.next()) {
          groups++;
        }
      }
      long rows = 0;
      try (SXSSFWorkbook workbook = new SXSSFWorkbook(100);
          PreparedStatement flagged = connection.prepareStatement(FLAGGED)) {
        flagged.setFetchSize(5_000);
        flagged.setDate(1, Date.valueOf(date));
        Sheet sheet = workbook.createSheet("Flagged");
        try (ResultSet rs = flagged.executeQuery()) {
          while (rs.next()) {
            if (rows > 0 && rows % 1_000_000 == 0) {
              sheet =
                  workbook.createSheet(
                      "Flagged " + (rows / 1_000_000 + 1)); // a sheet holds 1,048,576 rows
            }
            Row row = sheet.createRow((int) (rows++ % 1_000_000));
            row.createCell(0).setCellValue(rs.getString(1));
            row.createCell(1).setCellValue(rs.getString(2));
            row.createCell(2).setCellValue(rs.getString(3));
            row.createCell(3).setCellValue(rs.getTimestamp(4).toString());
            row.createCell(4).setCellValue(rs.getString(5));
            row.createCell(5).setCellValue(rs.getDouble(6));
            row.createCell(6).setCellValue(rs.getString(7));
          }
        }
        try (OutputStream out = Files.newOutputStream(file)) {
          workbook.write(out);
        }
      }
      System.out.printf("baseline: %,d aggregate groups%n", groups);
      return rows;
    }
  }
}
