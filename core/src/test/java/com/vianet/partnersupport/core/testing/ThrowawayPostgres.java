package com.vianet.partnersupport.core.testing;

import com.vianet.partnersupport.core.config.ConfiguredDataSource;
import com.vianet.partnersupport.core.config.DatabaseSettings;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * A PostgreSQL database of its own for one test run, dropped afterwards, so runs never see each
 * other's data. The server is {@code PS_TEST_PG_URL} (default the local one on 127.0.0.1:5432).
 */
public final class ThrowawayPostgres implements AutoCloseable {

  private static final String SERVER =
      System.getenv().getOrDefault("PS_TEST_PG_URL", "jdbc:postgresql://127.0.0.1:5432/postgres");
  private static final String USER = System.getenv().getOrDefault("PS_TEST_PG_USER", "postgres");
  private static final String PASSWORD = System.getenv().getOrDefault("PS_TEST_PG_PASSWORD", "");

  private final String name;
  private final DatabaseSettings settings;

  private ThrowawayPostgres(String name) {
    this.name = name;
    String url =
        SERVER.substring(0, SERVER.lastIndexOf('/') + 1) + name + "?reWriteBatchedInserts=true";
    this.settings = new DatabaseSettings(url, USER, PASSWORD);
  }

  public static ThrowawayPostgres create() throws SQLException {
    String name = "ps_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    try (Connection admin = DriverManager.getConnection(SERVER, USER, PASSWORD);
        Statement statement = admin.createStatement()) {
      statement.execute("CREATE DATABASE " + name);
    } catch (SQLException e) {
      throw new SQLException(
          "The tests need PostgreSQL at "
              + SERVER
              + " (set PS_TEST_PG_URL, PS_TEST_PG_USER,"
              + " PS_TEST_PG_PASSWORD to use another): "
              + e.getMessage(),
          e);
    }
    return new ThrowawayPostgres(name);
  }

  /** A second database with this one's data, as of now (nobody may be connected to this one). */
  public ThrowawayPostgres copy() throws SQLException {
    String copy = "ps_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    try (Connection admin = DriverManager.getConnection(SERVER, USER, PASSWORD);
        Statement statement = admin.createStatement()) {
      statement.execute("CREATE DATABASE " + copy + " TEMPLATE " + name);
    }
    return new ThrowawayPostgres(copy);
  }

  public DatabaseSettings settings() {
    return settings;
  }

  public DataSource dataSource() {
    return ConfiguredDataSource.create(settings);
  }

  @Override
  public void close() throws SQLException {
    try (Connection admin = DriverManager.getConnection(SERVER, USER, PASSWORD);
        Statement statement = admin.createStatement()) {
      statement.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
    }
  }
}
