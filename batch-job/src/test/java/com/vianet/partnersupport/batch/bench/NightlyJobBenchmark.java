package com.vianet.partnersupport.batch.bench;

import com.vianet.partnersupport.batch.generate.DataGenerator;
import com.vianet.partnersupport.core.demo.DemoData;
import com.vianet.partnersupport.core.jobs.JobRun;
import com.vianet.partnersupport.core.jobs.JobRunHistory;
import com.vianet.partnersupport.core.schema.SchemaMigration;
import com.vianet.partnersupport.core.testing.ThrowawayPostgres;
import com.vianet.partnersupport.reports.IsoWeek;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The nightly job against the plain thing a user would write instead, in the same run on the same
 * machine: for each size, generate the escalations into a fresh PostgreSQL database, mark them all
 * changed on the business date, run the real jar with {@code -Xmx512m}, then the baseline (one
 * GROUP BY plus a streaming POI dump of the flagged rows), and print both, their ratio, the rate of
 * each step and the job's peak heap. Not a test: it measures, it does not judge.
 *
 * <p>Arguments: sizes (default {@code 100000,1000000}); {@code --jfr} records the largest run with
 * Flight Recorder and prints its hottest frames.
 */
public final class NightlyJobBenchmark {

  static final LocalDate DATE = LocalDate.of(2026, 11, 18);

  private NightlyJobBenchmark() {}

  public static void main(String[] args) throws Exception {
    String sizes = args.length > 0 && !args[0].startsWith("--") ? args[0] : "100000,1000000";
    boolean jfr = List.of(args).contains("--jfr");
    List<String> summary = new ArrayList<>();
    String[] each = sizes.split(",");
    for (int i = 0; i < each.length; i++) {
      long size = Long.parseLong(each[i].strip());
      summary.add(measure(size, jfr && i == each.length - 1));
    }
    System.out.println();
    // The speed issue's goals beside the figures: at most twice the baseline, under 512 MiB.
    System.out.println(
        "escalations | job s | baseline s | job/baseline (target <= 2) | peak heap MiB (target <"
            + " 512)");
    summary.forEach(System.out::println);
  }

  private static String measure(long size, boolean jfr) throws Exception {
    try (ThrowawayPostgres postgres = ThrowawayPostgres.create()) {
      DataSource dataSource = postgres.dataSource();
      JdbcTemplate jdbc = new JdbcTemplate(dataSource);
      SchemaMigration.migrate(dataSource);
      DemoData.loadIfEmpty(dataSource, Instant.now());
      DataGenerator.Result generated =
          new DataGenerator(dataSource).generate(new DataGenerator.Plan(size, 400, 40_000, 1L));
      System.out.printf(
          "%n== %,d escalations: generated in %.0f s (%,.0f/s)%n",
          size, generated.elapsed().toMillis() / 1000.0, generated.escalationsPerSecond());
      // A catch-up night: every escalation changed on the business date, so the job reviews them
      // all.
      jdbc.update(
          "UPDATE support_request SET updated_at = ? WHERE kind = 'ESCALATION'",
          Timestamp.from(DATE.atTime(12, 0).atZone(IsoWeek.BEIJING).toInstant()));
      jdbc.execute("VACUUM ANALYZE");

      Path home = Files.createTempDirectory("ps-bench");
      Path recording = home.resolve("job.jfr");
      long started = System.nanoTime();
      String peakHeap = runJob(postgres, home, jfr ? recording : null);
      double jobSeconds = (System.nanoTime() - started) / 1e9;
      printSteps(jdbc);

      started = System.nanoTime();
      long baselineRows = Baseline.run(dataSource, DATE, home.resolve("baseline.xlsx"));
      double baselineSeconds = (System.nanoTime() - started) / 1e9;
      System.out.printf(
          "baseline: GROUP BY + %,d flagged rows to xlsx in %.1f s%n",
          baselineRows, baselineSeconds);
      if (jfr) {
        HotFrames.print(recording, 15);
      }
      return String.format(
          "%,11d | %5.1f | %10.1f | %26.2f | %s",
          size, jobSeconds, baselineSeconds, jobSeconds / baselineSeconds, peakHeap);
    }
  }

  private static String runJob(ThrowawayPostgres postgres, Path home, Path recording)
      throws Exception {
    List<String> command =
        new ArrayList<>(
            List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m",
                "-Dpartner-support.db.url=" + postgres.settings().url(),
                "-Dpartner-support.db.user=" + postgres.settings().user(),
                "-Dpartner-support.db.password=" + postgres.settings().password(),
                "-Dpartner-support.home=" + home));
    if (recording != null) {
      command.add("-XX:StartFlightRecording=settings=profile,filename=" + recording);
    }
    command.addAll(
        List.of(
            "-jar",
            Path.of("target", "partner-support-batch.jar").toString(),
            "run",
            "--date",
            DATE.toString()));
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String peak = "?";
    try (BufferedReader out =
        new BufferedReader(
            new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
      for (String line; (line = out.readLine()) != null; ) {
        if (line.contains("Peak heap used")) {
          peak = line.replaceAll(".*Peak heap used: (\\d+) MiB.*", "$1");
        }
        if (line.contains("read/s")
            || line.contains("Nightly review for")
            || line.contains("SEVERE")) {
          System.out.println("  job: " + line.strip());
        }
      }
    }
    if (process.waitFor() != 0) {
      throw new IllegalStateException("the job failed");
    }
    return peak;
  }

  private static void printSteps(JdbcTemplate jdbc) {
    for (JobRun.Step step : JobRunHistory.last(jdbc.getDataSource(), 1).get(0).steps()) {
      double seconds = step.seconds();
      System.out.printf(
          "  step %-40s %7.1f s  read %,10d (%,8.0f/s)  written %,10d%n",
          step.name(), seconds, step.read(), step.read() / seconds, step.written());
    }
  }
}
