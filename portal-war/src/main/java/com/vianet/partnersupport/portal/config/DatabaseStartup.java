package com.vianet.partnersupport.portal.config;

import com.vianet.partnersupport.core.config.DatabaseSettings;
import com.vianet.partnersupport.core.config.Settings;
import com.vianet.partnersupport.core.demo.DemoData;
import com.vianet.partnersupport.core.schema.SchemaMigration;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.sql.SQLException;
import java.time.Instant;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Brings the database to the current schema before anything uses it, then loads the demo on the
 * first start of an empty embedded default database, or of any empty one when {@code
 * demo-data=true} says so ({@link DatabaseSettings#wantsDemoData}).
 */
@DataSourceDefinition(
    name = DatabaseStartup.DATA_SOURCE,
    // Reads the URL from the product's settings, so H2 or PostgreSQL is a setting, not a rebuild.
    className = "com.vianet.partnersupport.core.config.ConfiguredDataSource",
    minPoolSize = 2,
    maxPoolSize = 32)
@Singleton
@Startup
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DatabaseStartup {

  public static final String DATA_SOURCE = "java:app/jdbc/partnerSupport";

  private static final Logger LOG = Logger.getLogger(DatabaseStartup.class.getName());

  @Resource(lookup = DATA_SOURCE)
  private DataSource dataSource;

  @Resource private jakarta.enterprise.concurrent.ManagedExecutorService executor;

  @jakarta.inject.Inject
  private com.vianet.partnersupport.portal.console.DueInstantsRefresh dueInstants;

  /** The schema version this server migrated the database to ("" until it has). */
  private static volatile String schemaVersion = "";

  public static String schemaVersion() {
    return schemaVersion;
  }

  @PostConstruct
  void start() {
    var result = SchemaMigration.migrate(dataSource);
    // Flyway names no target when nothing was applied: the schema stayed at the initial version.
    schemaVersion =
        result.targetSchemaVersion != null
            ? result.targetSchemaVersion
            : result.initialSchemaVersion == null ? "" : result.initialSchemaVersion;
    LOG.log(
        Level.INFO,
        "Database schema at version {0} ({1} migrations applied now)",
        new Object[] {result.targetSchemaVersion, result.migrationsExecuted});
    if (DatabaseSettings.wantsDemoData(Settings.fromEnvironment())) {
      try {
        if (DemoData.loadIfEmpty(dataSource, Instant.now())) {
          LOG.info("Loaded the demo partners, customers and requests; sign in as contoso.admin");
        }
      } catch (SQLException e) {
        throw new IllegalStateException("Could not load the demo data", e);
      }
    }
    // Requests written in bulk (demo, generator) or under other targets get their due instants in
    // the background: the portal serves meanwhile, the queue's order settles within seconds.
    executor.submit(
        () -> {
          try {
            LOG.log(
                Level.INFO,
                "Computed the due instants of {0} open requests",
                dueInstants.refreshAll());
          } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "Could not compute the open requests' due instants", e);
          }
        });
  }
}
