package com.vianet.partnersupport.batch;

import com.vianet.partnersupport.batch.generate.DataGenerator;
import com.vianet.partnersupport.batch.review.NightlyReviewJobConfiguration;
import com.vianet.partnersupport.batch.review.PartitionWorker;
import com.vianet.partnersupport.core.config.ConfiguredDataSource;
import com.vianet.partnersupport.core.config.DatabaseSettings;
import com.vianet.partnersupport.core.config.Settings;
import com.vianet.partnersupport.core.demo.DemoData;
import com.vianet.partnersupport.core.schema.SchemaMigration;
import com.vianet.partnersupport.core.user.AccountLinkPurpose;
import com.vianet.partnersupport.core.user.AccountLinkTokens;
import com.vianet.partnersupport.core.user.ApiTokenSecrets;
import com.vianet.partnersupport.core.user.FirstAdministrator;
import com.vianet.partnersupport.core.user.Role;
import com.vianet.partnersupport.reports.IsoWeek;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import javax.sql.DataSource;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;

/**
 * The batch program's entry point: {@code java -jar partner-support-batch.jar COMMAND [--option
 * value]}. It uses the same settings (and so the same database) as the portal.
 */
public final class BatchCommand {

  private static final String USAGE =
      """
      Usage: java -jar partner-support-batch.jar COMMAND [options]
        generate-data  [--escalations 1000000] [--partners 400] [--customers 40000] [--seed 1]
                       loads partners, customers and escalations for benchmarks and load tests
        run      [--date 2026-11-24]  the nightly escalation review for a business date (default: yesterday,
                                      Beijing); exit code 1 when it fails, 3 when another process is reviewing
                                      the date. Running a failed date again resumes it, a completed one runs anew.
        schedule                      stays up and runs the review for the day before, every night at
                                      review.cron (default "0 0 2 * * *", Beijing time); schedulers on several
                                      nodes run each date once (PostgreSQL), a completed date is left alone
        worker                        runs the flag step's partitions a run sends through review.broker
                                      (RabbitMQ), until stopped; start one or more per machine
        status                        the last runs, with their steps' counts
        create-api-token --user NAME [--role partner-admin|partner-agent] [--name LABEL]
                                      prints a new API token acting for that partner user's partner
        create-api-token --users-file FILE   one token (partner-admin) per user name in FILE, printed
                                      as "user token" lines (the load benchmark uses them)
        create-admin --username NAME --email ADDRESS [--name "DISPLAY NAME"]
                                      the first 21Vianet administrator of a new database (never loads the
                                      demo); prints a one-time link to set the password, under portal-url
      The database is the portal's: PARTNER_SUPPORT_DB_URL / _USER / _PASSWORD, else the embedded H2 file.
      """;

  private BatchCommand() {}

  public static void main(String[] args) throws Exception {
    if (args.length == 0) {
      System.err.print(USAGE);
      System.exit(2);
    }
    Map<String, String> options = options(Arrays.copyOfRange(args, 1, args.length));
    DatabaseSettings settings = DatabaseSettings.from(Settings.fromEnvironment());
    DataSource dataSource = ConfiguredDataSource.create(settings);
    SchemaMigration.migrate(dataSource);
    // An empty database gets the demo first where the portal would load it too; the generator
    // asks for it explicitly, since it builds on the demo's users.
    if (args[0].equals("generate-data")
        || (!args[0].equals("create-admin")
            && DatabaseSettings.wantsDemoData(Settings.fromEnvironment()))) {
      DemoData.loadIfEmpty(dataSource, java.time.Instant.now());
    }
    switch (args[0]) {
      case "generate-data" -> generate(dataSource, settings, options);
      case "run", "nightly-review" -> System.exit(review(options, false));
      case "status" -> ReviewStatus.print(dataSource, System.out);
      case "create-api-token" -> createApiTokens(dataSource, options);
      case "create-admin" -> System.exit(createAdmin(dataSource, options));
      case "schedule" -> ReviewSchedule.run(settings(), () -> review(Map.of(), true));
      case "worker" -> worker();
      default -> {
        System.err.print(USAGE);
        System.exit(2);
      }
    }
  }

  private static void createApiTokens(DataSource dataSource, Map<String, String> options)
      throws Exception {
    Role role = Role.fromRoleName(options.getOrDefault("role", "partner-admin")).orElseThrow();
    String label = options.getOrDefault("name", "Created by the batch program");
    try (java.sql.Connection connection = dataSource.getConnection()) {
      if (options.containsKey("users-file")) {
        for (String user :
            java.nio.file.Files.readAllLines(java.nio.file.Path.of(options.get("users-file")))) {
          if (!user.isBlank()) {
            System.out.println(
                user.strip() + " " + ApiTokenSecrets.create(connection, user.strip(), role, label));
          }
        }
      } else {
        System.out.println(ApiTokenSecrets.create(connection, options.get("user"), role, label));
      }
    }
  }

  private static int createAdmin(DataSource dataSource, Map<String, String> options)
      throws java.sql.SQLException {
    java.time.Instant now = java.time.Instant.now();
    try {
      String token =
          FirstAdministrator.create(
              dataSource,
              options.get("username"),
              options.get("email"),
              options.getOrDefault("name", options.get("username")),
              now);
      String portal = settings().portalUrl();
      System.out.printf(
          "Administrator %s created. Within %d hours, open this link once to choose the"
              + " password:%n%s%n",
          options.get("username"),
          AccountLinkPurpose.FIRST_ADMIN.validFor().toHours(),
          AccountLinkTokens.url(portal, token));
      return 0;
    } catch (FirstAdministrator.Refused e) {
      System.err.println(e.getMessage());
      return 1;
    }
  }

  private static void generate(
      DataSource dataSource, DatabaseSettings settings, Map<String, String> options)
      throws Exception {
    DataGenerator.Plan plan =
        new DataGenerator.Plan(
            Long.parseLong(options.getOrDefault("escalations", "1000000")),
            Integer.parseInt(options.getOrDefault("partners", "400")),
            Integer.parseInt(options.getOrDefault("customers", "40000")),
            Long.parseLong(options.getOrDefault("seed", "1")));
    System.out.printf(
        "Generating %,d escalations for %,d partners and %,d customers into %s%n",
        plan.escalations(), plan.partners(), plan.customers(), settings.url());
    DataGenerator.Result result = new DataGenerator(dataSource).generate(plan);
    System.out.printf(
        "Done in %.1f s: %,d escalations (%,.0f per second)%n",
        result.elapsed().toMillis() / 1000.0, result.escalations(), result.escalationsPerSecond());
  }

  private static int review(Map<String, String> options, boolean scheduled) throws Exception {
    LocalDate date =
        options.containsKey("date")
            ? LocalDate.parse(options.get("date"))
            : LocalDate.now(IsoWeek.BEIJING).minusDays(1);
    try (AnnotationConfigApplicationContext context =
        NightlyReviewJobConfiguration.context(Settings.fromEnvironment())) {
      // One job instance per business date: a failed or killed run of the date resumes from its
      // last committed chunk; a completed one is run again as a new, numbered attempt.
      ReviewRuns.Outcome outcome = ReviewRuns.review(context, date, scheduled);
      System.out.printf(
          "Nightly review for %s (week %s): %s%n", date, IsoWeek.of(date).label(), outcome);
      System.out.printf(
          "Peak heap used: %d MiB of %d MiB%n",
          peakHeapMiB(), Runtime.getRuntime().maxMemory() >> 20);
      return switch (outcome) {
        case COMPLETED, ALREADY_COMPLETED -> 0;
        case FAILED -> 1;
        case RUNNING_ELSEWHERE -> 3;
      };
    }
  }

  /** Runs the flag step's partitions sent through review.broker until the process is stopped. */
  private static void worker() throws InterruptedException {
    Settings settings = Settings.fromEnvironment();
    var remote = settings.get("review.broker");
    if (remote.isEmpty()) {
      System.err.println(
          "A worker needs review.broker (PARTNER_SUPPORT_REVIEW_BROKER), e.g."
              + " amqp://guest:guest@127.0.0.1:5672");
      System.exit(2);
    }
    AnnotationConfigApplicationContext context =
        NightlyReviewJobConfiguration.context(settings, PartitionWorker.class);
    context.registerShutdownHook();
    System.out.printf(
        "Worker taking the nightly review's partitions from %s%n",
        settings.get("review.queue", "partner-support.review.partitions"));
    new java.util.concurrent.CountDownLatch(1).await(); // until SIGTERM closes the context
  }

  /** The sum of the heap pools' peaks: what -Xmx must leave room for. */
  static long peakHeapMiB() {
    return java.lang.management.ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(pool -> pool.getType() == java.lang.management.MemoryType.HEAP)
            .mapToLong(pool -> pool.getPeakUsage().getUsed())
            .sum()
        >> 20;
  }

  private static Settings settings() {
    return Settings.fromEnvironment();
  }

  static Map<String, String> options(String[] args) {
    Map<String, String> options = new HashMap<>();
    for (int i = 0; i < args.length; i++) {
      if (!args[i].startsWith("--") || i + 1 >= args.length) {
        throw new IllegalArgumentException("Expected --name value, got: " + args[i]);
      }
      options.put(args[i].substring(2), args[++i]);
    }
    return options;
  }
}
