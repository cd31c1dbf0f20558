package com.vianet.partnersupport.portal.report;

import com.vianet.partnersupport.core.user.Action;
import com.vianet.partnersupport.portal.config.DatabaseStartup;
import com.vianet.partnersupport.portal.request.Actor;
import com.vianet.partnersupport.portal.request.RequestRejectedException;
import com.vianet.partnersupport.portal.security.PartnerScope;
import com.vianet.partnersupport.reports.ReturnedWorkbook;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * Decisions back from Excel: a compliance reviewer uploads the week's compliance workbook with the
 * decision column filled in. It is accepted only if every other cell is the one this system stored
 * for that week; each decision is then kept with the reviewer and the time, superseding earlier
 * decisions on the same escalation (kept as history), in one transaction.
 */
@ApplicationScoped
public class ComplianceDecisions {

  /** A returned workbook larger than this is no compliance workbook of this system. */
  static final long MAX_BYTES = 100L * 1024 * 1024;

  @Resource(lookup = DatabaseStartup.DATA_SOURCE)
  private DataSource dataSource;

  public DecisionUpload upload(PartnerScope scope, Actor reviewer, InputStream content)
      throws IOException {
    scope.require(Action.UPLOAD_DECISIONS);
    Path returned = Files.createTempFile("returned-", ".xlsx");
    Path stored = Files.createTempFile("stored-", ".xlsx");
    try {
      if (Files.copy(content, returned, StandardCopyOption.REPLACE_EXISTING) > MAX_BYTES) {
        throw new RequestRejectedException("decisions.notOurs");
      }
      String week;
      try {
        week =
            ReturnedWorkbook.week(returned.toFile())
                .orElseThrow(() -> new RequestRejectedException("decisions.notOurs"));
      } catch (IOException e) {
        throw new RequestRejectedException("decisions.notOurs");
      }
      try (Connection connection = dataSource.getConnection()) {
        Instant generatedAt =
            storedWorkbook(connection, week, stored)
                .orElseThrow(() -> new RequestRejectedException("decisions.unknownWeek", week));
        ReturnedWorkbook.Check check;
        try {
          check = ReturnedWorkbook.check(stored.toFile(), returned.toFile());
        } catch (IOException e) {
          throw new RequestRejectedException("decisions.notOurs");
        }
        if (!check.matches()) {
          throw new RequestRejectedException("decisions.altered", week, check.difference());
        }
        return apply(connection, reviewer, week, generatedAt, check.decisions());
      }
    } catch (SQLException e) {
      throw new IllegalStateException("The decisions could not be stored", e);
    } finally {
      Files.deleteIfExists(returned);
      Files.deleteIfExists(stored);
    }
  }

  private static Optional<Instant> storedWorkbook(Connection connection, String week, Path into)
      throws SQLException, IOException {
    try (PreparedStatement query =
        connection.prepareStatement(
            "SELECT content, created_at FROM report_file WHERE kind = 'COMPLIANCE' AND iso_week"
                + " = ?")) {
      query.setString(1, week);
      try (ResultSet rs = query.executeQuery()) {
        if (!rs.next()) {
          return Optional.empty();
        }
        try (InputStream in = rs.getBinaryStream(1)) {
          Files.copy(in, into, StandardCopyOption.REPLACE_EXISTING);
        }
        return Optional.of(rs.getTimestamp(2).toInstant());
      }
    }
  }

  private static DecisionUpload apply(
      Connection connection,
      Actor reviewer,
      String week,
      Instant generatedAt,
      List<ReturnedWorkbook.Decision> decisions)
      throws SQLException {
    Timestamp now = Timestamp.from(Instant.now());
    return com.vianet.partnersupport.core.config.JdbcTransactions.run(
        connection, () -> store(connection, reviewer, week, generatedAt, decisions, now));
  }

  private static DecisionUpload store(
      Connection connection,
      Actor reviewer,
      String week,
      Instant generatedAt,
      List<ReturnedWorkbook.Decision> decisions,
      Timestamp now)
      throws SQLException {
    List<Unapplied> unapplied = new ArrayList<>();
    int applied = 0;
    int toDiscuss = 0;
    try (PreparedStatement find =
            connection.prepareStatement(
                "SELECT id, updated_at FROM support_request WHERE request_number = ? AND kind ="
                    + " 'ESCALATION'");
        PreparedStatement supersede =
            connection.prepareStatement(
                "UPDATE compliance_decision SET superseded_at = ? WHERE request_id = ? AND"
                    + " superseded_at IS NULL");
        PreparedStatement insert =
            connection.prepareStatement(
                "INSERT INTO compliance_decision (request_id, decision, iso_week, reviewer_id,"
                    + " decided_at) VALUES (?, ?, ?, ?, ?)")) {
      for (ReturnedWorkbook.Decision decision : decisions) {
        String code = ReturnedWorkbook.code(decision.cell());
        if (code.equals("DISCUSS")) {
          toDiscuss++;
          continue;
        }
        if (!code.equals("INAPPROPRIATE") && !code.equals("APPROPRIATE")) {
          unapplied.add(unapplied(decision, "decisions.badValue"));
          continue;
        }
        find.setString(1, decision.number());
        try (ResultSet rs = find.executeQuery()) {
          if (!rs.next()) {
            unapplied.add(unapplied(decision, "decisions.unknownNumber"));
            continue;
          }
          long requestId = rs.getLong(1);
          if (rs.getTimestamp(2).toInstant().isAfter(generatedAt)) {
            unapplied.add(unapplied(decision, "decisions.changedSince"));
            continue;
          }
          supersede.setTimestamp(1, now);
          supersede.setLong(2, requestId);
          supersede.executeUpdate();
          insert.setLong(1, requestId);
          insert.setString(2, code);
          insert.setString(3, week);
          insert.setLong(4, reviewer.userId());
          insert.setTimestamp(5, now);
          insert.executeUpdate();
          applied++;
        }
      }
    }
    return new DecisionUpload(week, applied, toDiscuss, List.copyOf(unapplied));
  }

  private static Unapplied unapplied(ReturnedWorkbook.Decision decision, String key) {
    return new Unapplied(decision.sheetRow(), decision.number(), decision.cell(), key);
  }
}
