package com.vianet.partnersupport.core.testing;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;

/** Reads one value from the database, for tests that check what was stored. */
public final class Sql {

  private Sql() {}

  /** Runs one change; the number of rows it changed. */
  public static int update(DataSource dataSource, String sql) throws SQLException {
    try (Connection c = dataSource.getConnection();
        java.sql.Statement s = c.createStatement()) {
      return s.executeUpdate(sql);
    }
  }

  public static long count(DataSource dataSource, String sql) throws SQLException {
    try (Connection connection = dataSource.getConnection()) {
      return count(connection, sql);
    }
  }

  public static long count(Connection connection, String sql) throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet rs = statement.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  public static String text(DataSource dataSource, String sql) throws SQLException {
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement();
        ResultSet rs = statement.executeQuery(sql)) {
      rs.next();
      return rs.getString(1);
    }
  }

  /** Every row's first column, in the query's order. */
  public static java.util.List<String> strings(Connection connection, String sql)
      throws SQLException {
    java.util.List<String> values = new java.util.ArrayList<>();
    try (Statement statement = connection.createStatement();
        ResultSet rs = statement.executeQuery(sql)) {
      while (rs.next()) {
        values.add(rs.getString(1));
      }
    }
    return values;
  }
}
