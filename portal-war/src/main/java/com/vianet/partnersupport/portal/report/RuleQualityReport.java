package com.vianet.partnersupport.portal.report;

import com.vianet.partnersupport.core.review.RuleQuality;
import com.vianet.partnersupport.core.user.Action;
import com.vianet.partnersupport.portal.config.DatabaseStartup;
import com.vianet.partnersupport.portal.security.PartnerScope;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * The rules measured against people's decisions for the compliance reviewers' page: the same {@link
 * RuleQuality} figures as the workbook's "Rule quality" sheet, and where reviewers and agents
 * disagree.
 */
@ApplicationScoped
public class RuleQualityReport {

  public static final int WEEKS = 12;

  @Resource(lookup = DatabaseStartup.DATA_SOURCE)
  private DataSource dataSource;

  /** Weeks, summaries and disagreements, read in one connection. */
  public record Figures(
      List<RuleQuality.Week> weeks,
      List<RuleQuality.Summary> summaries,
      List<Disagreement> disagreements,
      double minPrecision)
      implements java.io.Serializable {}

  public Figures read(PartnerScope scope, LocalDate today) {
    scope.require(Action.READ_REPORTS);
    try (Connection connection = dataSource.getConnection()) {
      List<RuleQuality.Week> weeks = RuleQuality.weeks(connection, today, WEEKS);
      return new Figures(
          weeks,
          RuleQuality.summarise(connection, weeks),
          disagreements(connection),
          RuleQuality.minPrecision(connection));
    } catch (SQLException e) {
      throw new IllegalStateException("The rule quality figures could not be read", e);
    }
  }

  private static List<Disagreement> disagreements(Connection connection) throws SQLException {
    List<Disagreement> rows = new ArrayList<>();
    try (PreparedStatement query =
            connection.prepareStatement(
                "SELECT r.request_number, p.name, v.verdict, d.decision, d.decided_at"
                    + " FROM compliance_decision d JOIN escalation_verdict v ON v.request_id ="
                    + " d.request_id JOIN support_request r ON r.id = d.request_id JOIN partner p"
                    + " ON p.id = r.partner_id WHERE d.superseded_at IS NULL AND d.decision <>"
                    + " v.verdict ORDER BY d.decided_at DESC, r.request_number");
        ResultSet rs = query.executeQuery()) {
      while (rs.next() && rows.size() < 200) {
        rows.add(
            new Disagreement(
                rs.getString(1),
                rs.getString(2),
                rs.getString(3),
                rs.getString(4),
                rs.getObject(5, OffsetDateTime.class)));
      }
    }
    return rows;
  }
}
