package com.vianet.partnersupport.reports;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

/**
 * Writes a week's two workbooks from the database into the reports folder and into {@code
 * report_file}, replacing that week's earlier files: the nightly job's last step, and the portal's
 * "generate now".
 */
public final class WeeklyReportExport {

  /** A stored workbook. */
  public record Stored(
      String kind, String isoWeek, String fileName, long sizeBytes, String inputSha256) {}

  private WeeklyReportExport() {}

  public static List<Stored> export(
      DataSource dataSource, LocalDate businessDate, long jobRunId, Path folder, String portalUrl)
      throws SQLException, IOException {
    IsoWeek week = IsoWeek.of(businessDate);
    Files.createDirectories(folder);
    try (Connection connection = dataSource.getConnection()) {
      connection.setAutoCommit(false);
      try {
        JdbcReportSource source = new JdbcReportSource(connection);
        ReportRun run =
            new ReportRun(week.label(), jobRunId, ruleVersions(connection), Instant.now());
        Path managers = folder.resolve(ManagersWorkbook.fileName(week.label()));
        String managersHash =
            atomically(
                managers,
                out ->
                    ManagersWorkbook.write(run, source.weeks(week), source.aggregates(week), out));
        List<com.vianet.partnersupport.core.review.RuleQuality.Week> quality =
            source.ruleQuality(businessDate);
        Path compliance = folder.resolve(ComplianceWorkbook.fileName(week.label()));
        String complianceHash =
            atomically(
                compliance,
                out ->
                    ComplianceWorkbook.write(
                        run,
                        sink -> source.flagged(week, portalUrl, sink),
                        source.openPlans(),
                        source.partnersWithout24x7(),
                        quality,
                        source.qualitySummary(quality),
                        out));
        List<Stored> stored =
            List.of(
                store(connection, "MANAGERS", week, managers, managersHash, jobRunId),
                store(connection, "COMPLIANCE", week, compliance, complianceHash, jobRunId));
        connection.commit();
        return stored;
      } catch (SQLException | IOException | RuntimeException e) {
        connection.rollback();
        throw e;
      }
    }
  }

  private interface WorkbookWriter {
    String write(OutputStream out) throws IOException, SQLException;
  }

  /** A half-written file never takes the place of a good one. */
  private static String atomically(Path target, WorkbookWriter writer)
      throws IOException, SQLException {
    Path partial = target.resolveSibling(target.getFileName() + ".part");
    String hash;
    try (OutputStream out = Files.newOutputStream(partial)) {
      hash = writer.write(out);
    }
    Files.move(
        partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    return hash;
  }

  private static Stored store(
      Connection connection, String kind, IsoWeek week, Path file, String hash, long jobRunId)
      throws SQLException, IOException {
    try (PreparedStatement delete =
        connection.prepareStatement("DELETE FROM report_file WHERE kind = ? AND iso_week = ?")) {
      delete.setString(1, kind);
      delete.setString(2, week.label());
      delete.executeUpdate();
    }
    long size = Files.size(file);
    try (PreparedStatement insert =
            connection.prepareStatement(
                "INSERT INTO report_file (kind, iso_week, file_name, size_bytes, content,"
                    + " input_sha256, job_run_id, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
        InputStream content = Files.newInputStream(file)) {
      insert.setString(1, kind);
      insert.setString(2, week.label());
      insert.setString(3, file.getFileName().toString());
      insert.setLong(4, size);
      insert.setBinaryStream(5, content, size);
      insert.setString(6, hash);
      insert.setLong(7, jobRunId);
      insert.setTimestamp(8, Timestamp.from(Instant.now()));
      insert.executeUpdate();
    }
    return new Stored(kind, week.label(), file.getFileName().toString(), size, hash);
  }

  private static Map<String, Integer> ruleVersions(Connection connection) throws SQLException {
    Map<String, Integer> versions = new HashMap<>();
    try (PreparedStatement ps =
            connection.prepareStatement(
                "SELECT rule_id, version FROM review_rule WHERE enabled = TRUE");
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        versions.put(rs.getString(1), rs.getInt(2));
      }
    }
    return versions;
  }
}
