package com.vianet.partnersupport.core.schema;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/** Brings a database to the current schema; the only way the schema ever changes. */
public final class SchemaMigration {

  private SchemaMigration() {}

  public static MigrateResult migrate(DataSource dataSource) {
    return migrate(dataSource, "latest");
  }

  /** Up to a given version: tests put data in an older schema to check a later migration. */
  static MigrateResult migrate(DataSource dataSource, String targetVersion) {
    return Flyway.configure(SchemaMigration.class.getClassLoader())
        .dataSource(dataSource)
        // Common scripts, plus the few that differ by database (the Spring Batch tables).
        .locations("classpath:db/migration", "classpath:db/vendor/" + vendor(dataSource))
        .target(targetVersion)
        .load()
        .migrate();
  }

  /**
   * "postgresql" or "h2": the folder of the vendor migrations, and what vendor SQL elsewhere keys
   * on.
   */
  public static String vendor(DataSource dataSource) {
    try (Connection connection = dataSource.getConnection()) {
      String product = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
      if (product.contains("postgres")) {
        return "postgresql";
      }
      if (product.contains("h2")) {
        return "h2";
      }
      throw new IllegalStateException("Unsupported database: " + product);
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot reach the database", e);
    }
  }
}
