package com.vianet.partnersupport.core.config;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * A data source that finds its database in {@link Settings} when first used. The application server
 * pools it (it is named in a {@code @DataSourceDefinition}), so switching between the embedded H2
 * file and PostgreSQL is a setting, not a rebuild or a server command.
 */
public class ConfiguredDataSource implements DataSource {

  private volatile DataSource delegate;
  private PrintWriter logWriter;
  private int loginTimeout;

  public ConfiguredDataSource() {}

  ConfiguredDataSource(DatabaseSettings settings) {
    this.delegate = create(settings, false);
  }

  /** A data source used without a pool (the batch program, tests): an H2 file stays open. */
  public static DataSource create(DatabaseSettings settings) {
    return create(settings, true);
  }

  private static DataSource create(DatabaseSettings settings, boolean unpooled) {
    if (settings.isH2()) {
      EmbeddedDatabaseFiles.keepPrivate(settings.url());
      JdbcDataSource h2 = new JdbcDataSource();
      String url = withLegacyMode(settings.url());
      h2.setURL(unpooled ? keptOpen(url) : url);
      h2.setUser(settings.user());
      h2.setPassword(settings.password());
      return h2;
    }
    if (settings.isPostgres()) {
      PGSimpleDataSource postgres = new PGSimpleDataSource();
      postgres.setURL(settings.url());
      if (!settings.url().contains("reWriteBatchedInserts")) {
        // Batched inserts (the job's flags, the generator) become multi-row statements.
        postgres.setReWriteBatchedInserts(true);
      }
      postgres.setUser(settings.user());
      postgres.setPassword(settings.password());
      return postgres;
    }
    throw new IllegalArgumentException(
        "Unsupported database URL (use jdbc:h2: or jdbc:postgresql:): " + settings.url());
  }

  /**
   * EclipseLink reads a new identity with H2's IDENTITY(), which H2 2.x keeps only in its LEGACY
   * mode; a URL that names its own mode is left as it is.
   */
  static String withLegacyMode(String url) {
    return url.toUpperCase(java.util.Locale.ROOT).contains(";MODE=") ? url : url + ";MODE=LEGACY";
  }

  /**
   * The embedded file stays open until the JVM ends. This data source is not pooled outside the
   * application server (the batch program, tests), and H2 2.2 closing the file after each statement
   * and opening it again for the next now and then did not see rows the previous one had committed.
   */
  static String keptOpen(String url) {
    return url.toUpperCase(java.util.Locale.ROOT).contains(";DB_CLOSE_DELAY=")
        ? url
        : url + ";DB_CLOSE_DELAY=-1";
  }

  private DataSource delegate() {
    DataSource current = delegate;
    if (current == null) {
      synchronized (this) {
        if (delegate == null) {
          // The application server pools it: its connections keep the file open, and a
          // redeployment must be able to close it.
          delegate = create(DatabaseSettings.from(Settings.fromEnvironment()), false);
        }
        current = delegate;
      }
    }
    return current;
  }

  @Override
  public Connection getConnection() throws SQLException {
    return delegate().getConnection();
  }

  /** The pool may pass its own (empty) credentials; the settings own them. */
  @Override
  public Connection getConnection(String username, String password) throws SQLException {
    return delegate().getConnection();
  }

  @Override
  public PrintWriter getLogWriter() {
    return logWriter;
  }

  @Override
  public void setLogWriter(PrintWriter out) {
    this.logWriter = out;
  }

  @Override
  public void setLoginTimeout(int seconds) {
    this.loginTimeout = seconds;
  }

  @Override
  public int getLoginTimeout() {
    return loginTimeout;
  }

  @Override
  public Logger getParentLogger() throws SQLFeatureNotSupportedException {
    throw new SQLFeatureNotSupportedException();
  }

  @Override
  public <T> T unwrap(Class<T> iface) throws SQLException {
    if (iface.isInstance(this)) {
      return iface.cast(this);
    }
    return delegate().unwrap(iface);
  }

  @Override
  public boolean isWrapperFor(Class<?> iface) throws SQLException {
    return iface.isInstance(this) || delegate().isWrapperFor(iface);
  }
}
