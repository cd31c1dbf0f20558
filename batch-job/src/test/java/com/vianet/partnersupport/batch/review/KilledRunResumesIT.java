package com.vianet.partnersupport.batch.review;

import static org.assertj.core.api.Assertions.assertThat;

import com.vianet.partnersupport.batch.generate.DataGenerator;
import com.vianet.partnersupport.core.testing.Sql;
import com.vianet.partnersupport.core.testing.ThrowawayPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The batch program as users run it (the shaded jar, in its own JVM), killed with SIGKILL in the
 * middle of the flag step, then run again for the same date: it resumes and ends with exactly the
 * flags, aggregates, plans and workbooks of an uninterrupted run over a copy of the same data.
 */
class KilledRunResumesIT {

  private static final LocalDate DATE = LocalDate.of(2026, 11, 18);

  @Test
  void aRunKilledMidStepResumesAndEndsLikeAnUninterruptedRun() throws Exception {
    try (ThrowawayPostgres postgres = ThrowawayPostgres.create()) {
      DataSource dataSource = postgres.dataSource();
      JdbcTemplate jdbc = new JdbcTemplate(dataSource);
      // 400 partners: enough remediation plans that plan ids (identity values, never rolled back)
      // come out in another order after a kill, which the workbook's hash must not notice.
      JobDatabases.seed(dataSource, new DataGenerator.Plan(20_000, 400, 4_000, 7L), DATE);
      Path home = Files.createTempDirectory("ps-killed");
      List<String> uninterrupted;
      try (ThrowawayPostgres twin = postgres.copy()) {
        assertThat(run(twin, Files.createTempDirectory("ps-uninterrupted")))
            .as("an uninterrupted run")
            .isZero();
        uninterrupted = JobOutcome.of(new JdbcTemplate(twin.dataSource()));
      }

      Process first = start(postgres, home);
      long committed = awaitCommittedChunks(jdbc, first, 10);
      first.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
      long flagsAtKill = Sql.count(dataSource, "SELECT COUNT(*) FROM escalation_flag");
      assertThat(
              Sql.count(
                  dataSource, "SELECT COUNT(*) FROM BATCH_JOB_EXECUTION WHERE STATUS = 'STARTED'"))
          .as("the killed run never recorded its end")
          .isEqualTo(1);

      assertThat(run(postgres, home)).as("the second run resumes and completes").isZero();
      long resumedRead =
          jdbc.queryForObject(
              "SELECT SUM(READ_COUNT) FROM BATCH_STEP_EXECUTION WHERE STEP_NAME LIKE"
                  + " 'flagPartition%' AND JOB_EXECUTION_ID = (SELECT MAX(JOB_EXECUTION_ID) FROM"
                  + " BATCH_JOB_EXECUTION)",
              Long.class);
      long changed =
          Sql.count(dataSource, "SELECT COUNT(*) FROM support_request WHERE kind = 'ESCALATION'");
      assertThat(resumedRead)
          .as("the resumed run skips the %d committed chunks", committed)
          .isLessThan(changed);
      assertThat(flagsAtKill).isPositive();
      assertThat(JobOutcome.of(jdbc)).isEqualTo(uninterrupted);
    }
  }

  @Test
  void aRunStoppedWithSigtermEndsStoppedWithItsChunksCommittedAndTheNextRunCompletesIt()
      throws Exception {
    try (ThrowawayPostgres postgres = ThrowawayPostgres.create()) {
      DataSource dataSource = postgres.dataSource();
      JdbcTemplate jdbc = new JdbcTemplate(dataSource);
      JobDatabases.seed(dataSource, new DataGenerator.Plan(20_000, 20, 400, 7L), DATE);
      Path home = Files.createTempDirectory("ps-terminated");

      Process first = start(postgres, home);
      awaitCommittedChunks(jdbc, first, 5);
      first.destroy(); // SIGTERM, as a service manager stops a program
      assertThat(first.waitFor(2, TimeUnit.MINUTES)).as("the run stops").isTrue();
      assertThat(
              jdbc.queryForObject(
                  "SELECT STATUS FROM BATCH_JOB_EXECUTION ORDER BY JOB_EXECUTION_ID DESC FETCH"
                      + " FIRST 1 ROWS ONLY",
                  String.class))
          .as("the stopped run recorded its end")
          .isEqualTo("STOPPED");

      assertThat(run(postgres, home)).as("the next run completes the date").isZero();
      assertThat(
              jdbc.queryForObject(
                  "SELECT STATUS FROM BATCH_JOB_EXECUTION ORDER BY JOB_EXECUTION_ID DESC FETCH"
                      + " FIRST 1 ROWS ONLY",
                  String.class))
          .isEqualTo("COMPLETED");
    }
  }

  static long awaitCommittedChunks(JdbcTemplate jdbc, Process process, long chunks)
      throws Exception {
    long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
    while (System.nanoTime() < deadline) {
      assertThat(process.isAlive()).as("the run must still be flagging when it is killed").isTrue();
      Long committed =
          jdbc.queryForObject(
              "SELECT COALESCE(SUM(COMMIT_COUNT), 0) FROM BATCH_STEP_EXECUTION"
                  + " WHERE STEP_NAME LIKE 'flagPartition%'",
              Long.class);
      if (committed >= chunks) {
        return committed;
      }
      Thread.sleep(25);
    }
    throw new AssertionError("the flag step committed no chunks in three minutes");
  }

  private static int run(ThrowawayPostgres postgres, Path home) throws Exception {
    Process process = start(postgres, home);
    assertThat(process.waitFor(5, TimeUnit.MINUTES)).as("the run ends").isTrue();
    return process.exitValue();
  }

  private static Process start(ThrowawayPostgres postgres, Path home) throws Exception {
    return BatchJar.start(
        postgres,
        home,
        Map.of("review.chunk-size", "50", "review.partitions", "2"),
        "run",
        "--date",
        DATE.toString());
  }
}
