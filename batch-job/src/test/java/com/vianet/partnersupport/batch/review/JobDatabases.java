package com.vianet.partnersupport.batch.review;

import com.vianet.partnersupport.core.testing.ThrowawayPostgres;
import java.io.File;
import java.util.UUID;

/**
 * The two databases the job's tests run on: a throwaway PostgreSQL database and a fresh H2 file.
 */
final class JobDatabases {

  /** A check that runs against one database's settings. */
  interface Check {
    void run(String url, String user, String password) throws Exception;
  }

  private JobDatabases() {}

  static void onPostgres(Check check) throws Exception {
    try (ThrowawayPostgres postgres = ThrowawayPostgres.create()) {
      check.run(
          postgres.settings().url(), postgres.settings().user(), postgres.settings().password());
    }
  }

  static void onH2(Check check) throws Exception {
    String dir = new File(System.getProperty("build.directory", "target")).getAbsolutePath();
    // Kept open while the test JVM lives: the job's data source is not pooled, and an H2 file
    // closed and reopened between statements once in a while missed rows just committed.
    check.run(
        "jdbc:h2:file:"
            + dir
            + "/h2-job/"
            + UUID.randomUUID()
            + ";AUTO_SERVER=TRUE;DB_CLOSE_DELAY=-1",
        "sa",
        "");
  }
}
