package com.vianet.partnersupport.batch.review;

import static org.assertj.core.api.Assertions.assertThat;

import com.vianet.partnersupport.batch.generate.DataGenerator;
import com.vianet.partnersupport.core.testing.Sql;
import com.vianet.partnersupport.core.testing.ThrowawayPostgres;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.amqp.rabbit.connection.CachingConnectionFactory;
import org.springframework.amqp.rabbit.core.RabbitAdmin;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The flag step's partitions on worker processes through RabbitMQ (127.0.0.1:5672 unless
 * PS_TEST_AMQP says otherwise), with the real jar: a worker killed in the middle of its partitions
 * fails the run cleanly after the partition timeout, and the date run again with a new worker ends
 * with exactly the outcome of a local run over a copy of the same data.
 */
class RemotePartitionsIT {

  private static final LocalDate DATE = LocalDate.of(2026, 11, 18);
  private static final String BROKER =
      System.getenv().getOrDefault("PS_TEST_AMQP", "amqp://guest:guest@127.0.0.1:5672");

  @Test
  void aWorkerKilledMidPartitionFailsTheRunCleanlyAndTheDateRunAgainEndsLikeALocalRun()
      throws Exception {
    String queue = "partner-support.review.test-" + UUID.randomUUID();
    List<Process> workers = new ArrayList<>();
    try (ThrowawayPostgres postgres = ThrowawayPostgres.create()) {
      DataSource dataSource = postgres.dataSource();
      JdbcTemplate jdbc = new JdbcTemplate(dataSource);
      JobDatabases.seed(dataSource, new DataGenerator.Plan(8_000, 40, 800, 7L), DATE);
      Path home = Files.createTempDirectory("ps-remote");
      List<String> local;
      try (ThrowawayPostgres twin = postgres.copy()) {
        Process run = start(twin, Files.createTempDirectory("ps-local"), null, "run");
        assertThat(run.waitFor(5, TimeUnit.MINUTES)).isTrue();
        assertThat(run.exitValue()).as("the local run").isZero();
        local = JobOutcome.of(new JdbcTemplate(twin.dataSource()));
      }

      Process worker = start(postgres, home, queue, "worker");
      workers.add(worker);
      Process manager = start(postgres, home, queue, "run");
      KilledRunResumesIT.awaitCommittedChunks(jdbc, manager, 5);
      worker.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
      assertThat(manager.waitFor(3, TimeUnit.MINUTES)).as("the manager gives up").isTrue();
      assertThat(manager.exitValue()).as("the run failed").isEqualTo(1);
      assertThat(
              Sql.count(
                  dataSource,
                  "SELECT COUNT(*) FROM BATCH_STEP_EXECUTION WHERE STATUS IN ('STARTING',"
                      + " 'STARTED')"))
          .as("no partition left as if still running")
          .isZero();

      workers.add(start(postgres, home, queue, "worker"));
      Process again = start(postgres, home, queue, "run");
      assertThat(again.waitFor(5, TimeUnit.MINUTES)).isTrue();
      assertThat(again.exitValue()).as("the date run again completes").isZero();
      assertThat(JobOutcome.of(jdbc)).isEqualTo(local);
      long resumedRead =
          jdbc.queryForObject(
              "SELECT SUM(READ_COUNT) FROM BATCH_STEP_EXECUTION WHERE STEP_NAME LIKE"
                  + " 'flagPartition%' AND JOB_EXECUTION_ID = (SELECT MAX(JOB_EXECUTION_ID) FROM"
                  + " BATCH_JOB_EXECUTION)",
              Long.class);
      assertThat(resumedRead)
          .as("the partitions resumed after their committed chunks")
          .isLessThan(
              Sql.count(
                  dataSource, "SELECT COUNT(*) FROM support_request WHERE kind = 'ESCALATION'"));
      try (var logs = Files.list(home)) {
        assertThat(
                logs.filter(log -> log.getFileName().toString().startsWith("worker"))
                    .map(RemotePartitionsIT::read)
                    .filter(log -> log.contains("flagPartition:partners-mod-2-0 COMPLETED"))
                    .count())
            .as("the partitions ran on a worker")
            .isPositive();
      }
    } finally {
      workers.forEach(Process::destroyForcibly);
      CachingConnectionFactory broker = new CachingConnectionFactory(URI.create(BROKER));
      new RabbitAdmin(broker).deleteQueue(queue);
      broker.destroy();
    }
  }

  private static String read(Path log) {
    try {
      return Files.readString(log);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static Process start(ThrowawayPostgres postgres, Path home, String queue, String command)
      throws Exception {
    Map<String, String> settings = new java.util.HashMap<>();
    settings.putAll(
        Map.of(
            "review.chunk-size", "20",
            "review.partitions", "2",
            "review.partition-timeout", "PT30S"));
    if (queue != null) {
      settings.putAll(Map.of("review.broker", BROKER, "review.queue", queue));
    }
    return command.equals("run")
        ? BatchJar.start(postgres, home, settings, "run", "--date", DATE.toString())
        : BatchJar.start(postgres, home, settings, command);
  }
}
