package com.vianet.partnersupport.batch.review;

import com.vianet.partnersupport.core.config.ConfiguredDataSource;
import com.vianet.partnersupport.core.config.DatabaseSettings;
import com.vianet.partnersupport.core.config.Settings;
import java.time.LocalDate;
import javax.sql.DataSource;
import org.springframework.batch.core.configuration.annotation.EnableBatchProcessing;
import org.springframework.batch.core.configuration.annotation.EnableJdbcJobRepository;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.JdbcTransactionManager;

/**
 * The nightly escalation review, for the business date it is given ({@code businessDate=2026-11-24}).
 * Its executions live in the product's database, so a failed night restarts where it stopped.
 */
@Configuration
@EnableBatchProcessing
@EnableJdbcJobRepository
public class NightlyReviewJobConfiguration {

  public static final String JOB = "nightlyEscalationReview";

  /** The same database as the portal, from the same settings. */
  @Bean
  public DataSource dataSource() {
    return ConfiguredDataSource.create(DatabaseSettings.from(Settings.fromEnvironment()));
  }

  @Bean
  public JdbcTransactionManager transactionManager(DataSource dataSource) {
    return new JdbcTransactionManager(dataSource);
  }

  @Bean
  public Job nightlyEscalationReview(JobRepository jobRepository, Step aggregateWeek) {
    return new JobBuilder(JOB, jobRepository).start(aggregateWeek).build();
  }

  @Bean
  public Step aggregateWeek(JobRepository jobRepository, JdbcTransactionManager transactionManager,
      WeeklyAggregateTasklet weeklyAggregateTasklet) {
    return new StepBuilder("aggregateWeek", jobRepository)
        .tasklet(weeklyAggregateTasklet, transactionManager)
        .allowStartIfComplete(true)
        .build();
  }

  @Bean
  @StepScope
  public WeeklyAggregateTasklet weeklyAggregateTasklet(
      DataSource dataSource, @Value("#{jobParameters['businessDate']}") LocalDate businessDate) {
    return new WeeklyAggregateTasklet(new JdbcTemplate(dataSource), businessDate);
  }
}
