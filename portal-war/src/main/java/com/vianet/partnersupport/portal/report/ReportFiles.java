package com.vianet.partnersupport.portal.report;

import com.vianet.partnersupport.core.user.Action;
import com.vianet.partnersupport.portal.config.DatabaseStartup;
import com.vianet.partnersupport.portal.download.DownloadRecord;
import com.vianet.partnersupport.portal.download.DownloadRecords;
import com.vianet.partnersupport.portal.request.Actor;
import com.vianet.partnersupport.portal.security.PartnerScope;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/** The weekly workbooks the nightly job (or "generate now") stored in {@code report_file}. */
@ApplicationScoped
public class ReportFiles {

  @Resource(lookup = DatabaseStartup.DATA_SOURCE)
  private DataSource dataSource;

  @Inject private DownloadRecords downloads;

  public List<ReportFileSummary> list(PartnerScope scope) {
    scope.require(Action.READ_REPORTS);
    List<ReportFileSummary> files = new ArrayList<>();
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps =
            c.prepareStatement(
                "SELECT id, kind, iso_week, file_name, size_bytes, job_run_id, created_at"
                    + " FROM report_file ORDER BY iso_week DESC, kind DESC");
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        files.add(
            new ReportFileSummary(
                rs.getLong(1),
                rs.getString(2),
                rs.getString(3),
                rs.getString(4),
                rs.getLong(5),
                rs.getLong(6),
                rs.getObject(7, OffsetDateTime.class)));
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot list the stored workbooks", e);
    }
    return files;
  }

  /** A stored workbook handed out to the reader, the download recorded. */
  public Optional<byte[]> download(PartnerScope scope, Actor reader, long id) {
    scope.require(Action.READ_REPORTS);
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps =
            c.prepareStatement("SELECT content, file_name FROM report_file WHERE id = ?")) {
      ps.setLong(1, id);
      try (ResultSet rs = ps.executeQuery()) {
        if (!rs.next()) {
          return Optional.empty();
        }
        byte[] content = rs.getBytes(1);
        downloads.record(
            reader, DownloadRecord.Kind.WORKBOOK, id, rs.getString(2), DownloadRecord.Channel.PAGE);
        return Optional.of(content);
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot read stored workbook " + id, e);
    }
  }
}
