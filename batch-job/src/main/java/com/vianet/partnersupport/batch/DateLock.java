package com.vianet.partnersupport.batch;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * The right to review one business date, held by one process at a time among all that share the
 * database: a PostgreSQL session advisory lock on a connection kept for the run, so PostgreSQL
 * releases it when the holder ends, even killed. The embedded H2 database serves one server, which
 * needs no lock (cluster mode needs PostgreSQL).
 */
public final class DateLock implements AutoCloseable {

  /** The lock's class: "PSRV", so no other advisory lock of the database can collide with it. */
  private static final int REVIEW = 0x50535256;

  private final Connection connection;
  private final LocalDate date;

  private DateLock(Connection connection, LocalDate date) {
    this.connection = connection;
    this.date = date;
  }

  /** The date's lock, or empty when another process holds it. */
  public static Optional<DateLock> tryAcquire(DataSource dataSource, LocalDate date)
      throws SQLException {
    Connection connection = dataSource.getConnection();
    try {
      if (!"PostgreSQL".equals(connection.getMetaData().getDatabaseProductName())) {
        connection.close();
        return Optional.of(new DateLock(null, date));
      }
      connection.setAutoCommit(true);
      if (call(connection, "SELECT pg_try_advisory_lock(?, ?)", date)) {
        return Optional.of(new DateLock(connection, date));
      }
      connection.close();
      return Optional.empty();
    } catch (SQLException | RuntimeException e) {
      connection.close();
      throw e;
    }
  }

  @Override
  public void close() throws SQLException {
    if (connection != null) {
      try (connection) {
        call(connection, "SELECT pg_advisory_unlock(?, ?)", date);
      }
    }
  }

  private static boolean call(Connection connection, String sql, LocalDate date)
      throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      statement.setInt(1, REVIEW);
      statement.setInt(2, Math.toIntExact(date.toEpochDay()));
      try (ResultSet result = statement.executeQuery()) {
        result.next();
        return result.getBoolean(1);
      }
    }
  }
}
