package com.vianet.partnersupport.batch.review;

import com.vianet.partnersupport.core.config.ConfiguredDataSource;
import com.vianet.partnersupport.core.config.DatabaseSettings;
import com.vianet.partnersupport.core.config.Settings;
import java.nio.file.Path;
import java.time.Duration;
import javax.sql.DataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The review's settings, derived once from the product's {@link Settings} (a bean the caller
 * registers: the batch program the environment's, a test its own) and handed to the job
 * configuration as beans, as Spring Batch's samples do with their {@code DataSourceConfiguration}:
 * the portal's database, and how the job divides its work.
 */
@Configuration
public class ReviewSettings {

  /** How the flag step divides its work, and where the workbooks go and link to. */
  public record Tuning(int partitions, int chunkSize, Path reportsFolder, String portalUrl) {}

  /**
   * Where the flag step's partitions go when they run on worker processes: the RabbitMQ broker
   * ({@code review.broker}, an AMQP URI; none: partitions run on local threads), its queue, and how
   * long the manager waits for all partitions before it fails those without an outcome.
   */
  public record Remote(String broker, String queue, Duration partitionTimeout) {

    public boolean configured() {
      return !broker.isBlank();
    }

    static Remote from(Settings settings) {
      return new Remote(
          settings.get("review.broker", ""),
          settings.get("review.queue", "partner-support.review.partitions"),
          Duration.parse(settings.get("review.partition-timeout", "PT2H")));
    }
  }

  /** The same database as the portal, from the same settings. */
  @Bean
  public DataSource dataSource(Settings settings) {
    return ConfiguredDataSource.create(DatabaseSettings.from(settings));
  }

  @Bean
  public Remote remote(Settings settings) {
    return Remote.from(settings);
  }

  @Bean
  public Tuning tuning(Settings settings) {
    return new Tuning(
        Integer.parseInt(
            settings.get(
                "review.partitions", Integer.toString(Runtime.getRuntime().availableProcessors()))),
        Integer.parseInt(settings.get("review.chunk-size", "1000")),
        settings.home().resolve("reports"),
        settings.portalUrl());
  }
}
