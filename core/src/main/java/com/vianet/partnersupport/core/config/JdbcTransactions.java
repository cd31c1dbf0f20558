package com.vianet.partnersupport.core.config;

import java.sql.Connection;
import java.sql.SQLException;

/** One plain-JDBC change in a transaction of its own: all of it committed, or none of it. */
public final class JdbcTransactions {

  /** The change; it may refuse with a checked exception of its own, which rolls back too. */
  @FunctionalInterface
  public interface Work<T, E extends Exception> {
    T run() throws SQLException, E;
  }

  private JdbcTransactions() {}

  public static <T, E extends Exception> T run(Connection connection, Work<T, E> work)
      throws SQLException, E {
    boolean autoCommit = connection.getAutoCommit();
    connection.setAutoCommit(false);
    try {
      T result = work.run();
      connection.commit();
      return result;
    } catch (Exception e) {
      connection.rollback();
      throw e;
    } finally {
      connection.setAutoCommit(autoCommit);
    }
  }
}
