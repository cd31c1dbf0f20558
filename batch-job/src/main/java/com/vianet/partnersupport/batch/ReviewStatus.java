package com.vianet.partnersupport.batch;

import java.io.PrintStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;

/** Prints the last runs of the nightly review from the job repository tables. */
final class ReviewStatus {

  private static final String RUNS =
      """
      SELECT e.JOB_EXECUTION_ID, e.STATUS, e.START_TIME, e.END_TIME,
          (SELECT p.PARAMETER_VALUE FROM BATCH_JOB_EXECUTION_PARAMS p
              WHERE p.JOB_EXECUTION_ID = e.JOB_EXECUTION_ID AND p.PARAMETER_NAME = 'businessDate') AS business_date
      FROM BATCH_JOB_EXECUTION e ORDER BY e.JOB_EXECUTION_ID DESC FETCH FIRST 10 ROWS ONLY
      """;
  private static final String STEPS =
      "SELECT STEP_NAME, STATUS, READ_COUNT, WRITE_COUNT, FILTER_COUNT FROM BATCH_STEP_EXECUTION"
          + " WHERE JOB_EXECUTION_ID = ? ORDER BY STEP_EXECUTION_ID";

  private ReviewStatus() {}

  static void print(DataSource dataSource, PrintStream out) throws SQLException {
    try (Connection c = dataSource.getConnection();
        PreparedStatement runs = c.prepareStatement(RUNS);
        PreparedStatement steps = c.prepareStatement(STEPS);
        ResultSet rs = runs.executeQuery()) {
      while (rs.next()) {
        out.printf(
            "run %d  %s  date %s  started %s  ended %s%n",
            rs.getLong(1),
            rs.getString(2),
            rs.getString(5),
            rs.getTimestamp(3),
            rs.getTimestamp(4));
        steps.setLong(1, rs.getLong(1));
        try (ResultSet s = steps.executeQuery()) {
          while (s.next()) {
            out.printf(
                "    %-18s %-10s read %,d  written %,d  filtered %,d%n",
                s.getString(1), s.getString(2), s.getLong(3), s.getLong(4), s.getLong(5));
          }
        }
      }
    }
  }
}
