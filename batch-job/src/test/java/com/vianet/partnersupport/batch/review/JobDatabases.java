package com.vianet.partnersupport.batch.review;

import com.vianet.partnersupport.batch.generate.DataGenerator;
import com.vianet.partnersupport.core.config.DatabaseSettings;
import com.vianet.partnersupport.core.config.Settings;
import com.vianet.partnersupport.core.demo.DemoData;
import com.vianet.partnersupport.core.schema.SchemaMigration;
import com.vianet.partnersupport.core.testing.ThrowawayPostgres;
import com.vianet.partnersupport.reports.IsoWeek;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The two databases the job's tests run on: a throwaway PostgreSQL database and a fresh H2 file.
 */
final class JobDatabases {

  /** A check that runs on the product's settings for one database, with a home of its own. */
  interface Check {
    void run(Settings settings) throws Exception;
  }

  private JobDatabases() {}

  static void onPostgres(Check check) throws Exception {
    try (ThrowawayPostgres postgres = ThrowawayPostgres.create()) {
      check.run(settings(postgres.settings(), Map.of()));
    }
  }

  /** The settings of a job on this database, in a new home folder, with some values of its own. */
  static Settings settings(DatabaseSettings database, Map<String, String> more) throws IOException {
    Map<String, String> values = new HashMap<>(more);
    values.put("db.url", database.url());
    values.put("db.user", database.user());
    values.put("db.password", database.password());
    return Settings.of(Files.createTempDirectory("ps-job-home"), values);
  }

  static void onH2(Check check) throws Exception {
    String dir = new File(System.getProperty("build.directory", "target")).getAbsolutePath();
    // Kept open while the test JVM lives: the job's data source is not pooled, and an H2 file
    // closed and reopened between statements once in a while missed rows just committed.
    check.run(
        settings(
            new DatabaseSettings(
                "jdbc:h2:file:"
                    + dir
                    + "/h2-job/"
                    + UUID.randomUUID()
                    + ";AUTO_SERVER=TRUE;DB_CLOSE_DELAY=-1",
                "sa",
                ""),
            Map.of()));
  }

  /**
   * The demo plus generated escalations (the plan's), all changed at noon of the date in Beijing: a
   * catch-up night that reviews every one of them.
   */
  static void seed(DataSource dataSource, DataGenerator.Plan plan, LocalDate date)
      throws Exception {
    SchemaMigration.migrate(dataSource);
    DemoData.loadIfEmpty(dataSource, Instant.parse("2026-11-25T08:00:00Z"));
    new DataGenerator(dataSource).generate(plan);
    new JdbcTemplate(dataSource)
        .update(
            "UPDATE support_request SET updated_at = ? WHERE kind = 'ESCALATION'",
            Timestamp.from(date.atTime(12, 0).atZone(IsoWeek.BEIJING).toInstant()));
  }
}
