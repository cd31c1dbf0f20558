package com.vianet.partnersupport.core.jobs;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * The one reader of Spring Batch's job repository tables, for the batch program's {@code status},
 * the portal's Job runs page and the job benchmark: the last runs of the nightly review, newest
 * first, each with its steps in the order they ran.
 */
public final class JobRunHistory {

  private static final String RUNS =
      """
      SELECT e.JOB_EXECUTION_ID, e.STATUS, e.START_TIME, e.END_TIME,
          (SELECT p.PARAMETER_VALUE FROM BATCH_JOB_EXECUTION_PARAMS p
              WHERE p.JOB_EXECUTION_ID = e.JOB_EXECUTION_ID AND p.PARAMETER_NAME = 'businessDate')
      FROM BATCH_JOB_EXECUTION e ORDER BY e.JOB_EXECUTION_ID DESC FETCH FIRST ? ROWS ONLY
      """;
  private static final String STEPS =
      "SELECT STEP_NAME, STATUS, READ_COUNT, WRITE_COUNT, FILTER_COUNT, START_TIME, END_TIME"
          + " FROM BATCH_STEP_EXECUTION WHERE JOB_EXECUTION_ID = ? ORDER BY STEP_EXECUTION_ID";

  private JobRunHistory() {}

  public static List<JobRun> last(DataSource dataSource, int runs) {
    List<JobRun> found = new ArrayList<>();
    try (Connection c = dataSource.getConnection();
        PreparedStatement runQuery = c.prepareStatement(RUNS);
        PreparedStatement stepQuery = c.prepareStatement(STEPS)) {
      runQuery.setInt(1, runs);
      try (ResultSet rs = runQuery.executeQuery()) {
        while (rs.next()) {
          stepQuery.setLong(1, rs.getLong(1));
          found.add(
              new JobRun(
                  rs.getLong(1),
                  rs.getString(5),
                  rs.getString(2),
                  time(rs.getTimestamp(3)),
                  time(rs.getTimestamp(4)),
                  steps(stepQuery)));
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot read the job repository", e);
    }
    return found;
  }

  /** The status of the business date's newest run (of any attempt); empty when it never ran. */
  public static Optional<String> lastStatusOf(DataSource dataSource, LocalDate businessDate) {
    return one(
        dataSource,
        "SELECT e.STATUS FROM BATCH_JOB_EXECUTION e JOIN BATCH_JOB_EXECUTION_PARAMS p ON"
            + " p.JOB_EXECUTION_ID = e.JOB_EXECUTION_ID AND p.PARAMETER_NAME = 'businessDate'"
            + " WHERE p.PARAMETER_VALUE = ? ORDER BY e.JOB_EXECUTION_ID DESC FETCH FIRST 1 ROWS"
            + " ONLY",
        businessDate.toString(),
        rs -> rs.getString(1));
  }

  /**
   * When the last completed run ended, in the batch program's clock (Spring Batch records local
   * times: the program and the portal are expected to share a zone); empty when none completed.
   */
  public static Optional<LocalDateTime> lastCompletedEnd(DataSource dataSource) {
    return one(
        dataSource,
        "SELECT MAX(END_TIME) FROM BATCH_JOB_EXECUTION WHERE STATUS = ?",
        "COMPLETED",
        rs -> time(rs.getTimestamp(1)));
  }

  private interface Column<T> {
    T read(ResultSet rs) throws SQLException;
  }

  private static <T> Optional<T> one(
      DataSource dataSource, String sql, String parameter, Column<T> column) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement query = c.prepareStatement(sql)) {
      query.setString(1, parameter);
      try (ResultSet rs = query.executeQuery()) {
        return rs.next() ? Optional.ofNullable(column.read(rs)) : Optional.empty();
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot read the job repository", e);
    }
  }

  private static List<JobRun.Step> steps(PreparedStatement stepQuery) throws SQLException {
    List<JobRun.Step> steps = new ArrayList<>();
    try (ResultSet s = stepQuery.executeQuery()) {
      while (s.next()) {
        steps.add(
            new JobRun.Step(
                s.getString(1),
                s.getString(2),
                s.getLong(3),
                s.getLong(4),
                s.getLong(5),
                time(s.getTimestamp(6)),
                time(s.getTimestamp(7))));
      }
    }
    return List.copyOf(steps);
  }

  private static LocalDateTime time(Timestamp timestamp) {
    return timestamp == null ? null : timestamp.toLocalDateTime();
  }
}
