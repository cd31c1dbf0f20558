package com.vianet.partnersupport.portal.report;

import com.vianet.partnersupport.core.user.Action;
import com.vianet.partnersupport.portal.config.DatabaseStartup;
import com.vianet.partnersupport.portal.security.PartnerScope;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/** The nightly review's last runs, read-only from Spring Batch's job repository tables. */
@ApplicationScoped
public class JobRuns {

  private static final String RUNS =
      """
      SELECT e.JOB_EXECUTION_ID, e.STATUS, e.START_TIME, e.END_TIME,
          (SELECT p.PARAMETER_VALUE FROM BATCH_JOB_EXECUTION_PARAMS p
              WHERE p.JOB_EXECUTION_ID = e.JOB_EXECUTION_ID AND p.PARAMETER_NAME = 'businessDate')
      FROM BATCH_JOB_EXECUTION e ORDER BY e.JOB_EXECUTION_ID DESC FETCH FIRST 20 ROWS ONLY
      """;
  private static final String STEPS =
      "SELECT STEP_NAME, STATUS, READ_COUNT, WRITE_COUNT, FILTER_COUNT FROM BATCH_STEP_EXECUTION"
          + " WHERE JOB_EXECUTION_ID = ? ORDER BY STEP_EXECUTION_ID";

  @Resource(lookup = DatabaseStartup.DATA_SOURCE)
  private DataSource dataSource;

  public List<JobRun> last(PartnerScope scope) {
    scope.require(Action.READ_REPORTS);
    List<JobRun> runs = new ArrayList<>();
    try (Connection c = dataSource.getConnection();
        PreparedStatement runQuery = c.prepareStatement(RUNS);
        PreparedStatement stepQuery = c.prepareStatement(STEPS);
        ResultSet rs = runQuery.executeQuery()) {
      while (rs.next()) {
        List<JobRun.Step> steps = new ArrayList<>();
        stepQuery.setLong(1, rs.getLong(1));
        try (ResultSet s = stepQuery.executeQuery()) {
          while (s.next()) {
            steps.add(
                new JobRun.Step(
                    s.getString(1), s.getString(2), s.getLong(3), s.getLong(4), s.getLong(5)));
          }
        }
        runs.add(
            new JobRun(
                rs.getLong(1),
                rs.getString(5),
                rs.getString(2),
                time(rs.getTimestamp(3)),
                time(rs.getTimestamp(4)),
                List.copyOf(steps)));
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot read the job repository", e);
    }
    return runs;
  }

  private static LocalDateTime time(Timestamp timestamp) {
    return timestamp == null ? null : timestamp.toLocalDateTime();
  }
}
