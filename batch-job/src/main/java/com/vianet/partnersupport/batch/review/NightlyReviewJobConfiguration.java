package com.vianet.partnersupport.batch.review;

import com.vianet.partnersupport.batch.review.rules.EscalationFacts;
import com.vianet.partnersupport.batch.review.rules.EscalationRules;
import com.vianet.partnersupport.batch.review.rules.Flag;
import com.vianet.partnersupport.batch.review.rules.RuleSettings;
import com.vianet.partnersupport.reports.IsoWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.springframework.batch.core.configuration.annotation.EnableBatchProcessing;
import org.springframework.batch.core.configuration.annotation.EnableJdbcJobRepository;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.item.database.JdbcCursorItemReader;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.JdbcTransactionManager;

/**
 * The nightly escalation review, for the business date it is given ({@code
 * businessDate=2026-11-24}). Its executions live in the product's database, so a failed night
 * restarts where it stopped.
 */
@Configuration
@Import(ReviewSettings.class)
@EnableBatchProcessing
@EnableJdbcJobRepository
public class NightlyReviewJobConfiguration {

  public static final String JOB = "nightlyEscalationReview";

  @Bean
  public JdbcTransactionManager transactionManager(DataSource dataSource) {
    return new JdbcTransactionManager(dataSource);
  }

  @Bean
  public Job nightlyEscalationReview(
      JobRepository jobRepository,
      Step flagEscalations,
      Step aggregateWeek,
      Step flagPartnerOutliers,
      Step proposeRemediation,
      Step exportWorkbooks,
      Step applyRetention) {
    return new JobBuilder(JOB, jobRepository)
        .start(flagEscalations)
        .next(flagPartnerOutliers)
        .next(aggregateWeek)
        .next(proposeRemediation)
        .next(exportWorkbooks)
        .next(applyRetention)
        .build();
  }

  @Bean
  public Step flagPartnerOutliers(
      JobRepository jobRepository,
      JdbcTransactionManager transactionManager,
      PartnerOutlierTasklet partnerOutlierTasklet) {
    return taskletStep(
        "flagPartnerOutliers", partnerOutlierTasklet, jobRepository, transactionManager);
  }

  @Bean
  @StepScope
  public PartnerOutlierTasklet partnerOutlierTasklet(
      DataSource dataSource, @Value("#{jobParameters['businessDate']}") LocalDate businessDate) {
    return new PartnerOutlierTasklet(new JdbcTemplate(dataSource), businessDate);
  }

  @Bean
  public Step proposeRemediation(
      JobRepository jobRepository,
      JdbcTransactionManager transactionManager,
      RemediationProposalTasklet remediationProposalTasklet) {
    return taskletStep(
        "proposeRemediation", remediationProposalTasklet, jobRepository, transactionManager);
  }

  @Bean
  @StepScope
  public RemediationProposalTasklet remediationProposalTasklet(
      DataSource dataSource, @Value("#{jobParameters['businessDate']}") LocalDate businessDate) {
    return new RemediationProposalTasklet(new JdbcTemplate(dataSource), businessDate);
  }

  @Bean
  public Step exportWorkbooks(
      JobRepository jobRepository,
      JdbcTransactionManager transactionManager,
      ExportWorkbooksTasklet exportWorkbooksTasklet) {
    return taskletStep(
        "exportWorkbooks", exportWorkbooksTasklet, jobRepository, transactionManager);
  }

  /** Personal data kept no longer than {@code retention_rule} says (after the workbooks). */
  @Bean
  public Step applyRetention(
      JobRepository jobRepository,
      JdbcTransactionManager transactionManager,
      RetentionTasklet retentionTasklet) {
    return taskletStep("applyRetention", retentionTasklet, jobRepository, transactionManager);
  }

  @Bean
  @StepScope
  public RetentionTasklet retentionTasklet(
      DataSource dataSource, @Value("#{jobParameters['businessDate']}") LocalDate businessDate) {
    return new RetentionTasklet(new JdbcTemplate(dataSource), businessDate);
  }

  /** Workbooks go to {@code <home>/reports}; their links point at {@code portal-url}. */
  @Bean
  @StepScope
  public ExportWorkbooksTasklet exportWorkbooksTasklet(
      DataSource dataSource,
      ReviewSettings.Tuning tuning,
      @Value("#{jobParameters['businessDate']}") LocalDate businessDate) {
    return new ExportWorkbooksTasklet(
        dataSource, businessDate, tuning.reportsFolder(), tuning.portalUrl());
  }

  /**
   * Flags in partitions by partner (review.partitions, default one per core), each on its own
   * thread; a failed night restarts each unfinished partition at its last committed chunk.
   */
  @Bean
  public Step flagEscalations(
      JobRepository jobRepository, Step flagPartition, ReviewSettings.Tuning tuning) {
    int partitions = tuning.partitions();
    SimpleAsyncTaskExecutor threads = new SimpleAsyncTaskExecutor("flag-");
    threads.setConcurrencyLimit(partitions);
    return new StepBuilder("flagEscalations", jobRepository)
        .partitioner("flagPartition", new PartnerPartitioner())
        .step(flagPartition)
        .gridSize(partitions)
        .taskExecutor(threads)
        .build();
  }

  /** Chunks of 1,000 escalations (review.chunk-size) of one partition. */
  @Bean
  public Step flagPartition(
      JobRepository jobRepository,
      JdbcTransactionManager transactionManager,
      JdbcCursorItemReader<EscalationFacts> escalationFactsReader,
      EscalationFlagger escalationFlagger,
      FlagWriter flagWriter,
      ReviewSettings.Tuning tuning) {
    return new StepBuilder("flagPartition", jobRepository)
        .<EscalationFacts, List<Flag>>chunk(tuning.chunkSize(), transactionManager)
        .reader(escalationFactsReader)
        .processor(escalationFlagger)
        .writer(flagWriter)
        .listener(new ProgressLogger())
        .build();
  }

  @Bean
  @StepScope
  public JdbcCursorItemReader<EscalationFacts> escalationFactsReader(
      DataSource dataSource,
      @Value("#{jobParameters['businessDate']}") LocalDate businessDate,
      @Value("#{stepExecutionContext['partition']}") Integer partition,
      @Value("#{stepExecutionContext['partitions']}") Integer partitions) {
    Map<String, RuleSettings> rules = RuleSettingsReader.read(new JdbcTemplate(dataSource));
    int days = rules.containsKey("duplicate") ? (int) rules.get("duplicate").threshold("days") : 7;
    return EscalationFactsReader.create(
        dataSource,
        businessDate.atStartOfDay(IsoWeek.BEIJING).toInstant(),
        businessDate.plusDays(1).atStartOfDay(IsoWeek.BEIJING).toInstant(),
        days,
        partition,
        partitions);
  }

  @Bean
  @StepScope
  public EscalationFlagger escalationFlagger(DataSource dataSource) {
    return new EscalationFlagger(
        EscalationRules.all(), RuleSettingsReader.read(new JdbcTemplate(dataSource)));
  }

  @Bean
  @StepScope
  public FlagWriter flagWriter(
      DataSource dataSource, @Value("#{jobParameters['businessDate']}") LocalDate businessDate) {
    return new FlagWriter(new JdbcTemplate(dataSource), businessDate);
  }

  @Bean
  public Step aggregateWeek(
      JobRepository jobRepository,
      JdbcTransactionManager transactionManager,
      WeeklyAggregateTasklet weeklyAggregateTasklet) {
    return taskletStep("aggregateWeek", weeklyAggregateTasklet, jobRepository, transactionManager);
  }

  @Bean
  @StepScope
  public WeeklyAggregateTasklet weeklyAggregateTasklet(
      DataSource dataSource, @Value("#{jobParameters['businessDate']}") LocalDate businessDate) {
    return new WeeklyAggregateTasklet(new JdbcTemplate(dataSource), businessDate);
  }

  /**
   * A one-transaction step that replaces what it computes (aggregates, plans, workbooks), so it
   * runs again on a restart even when it had completed.
   */
  private static Step taskletStep(
      String name,
      org.springframework.batch.core.step.tasklet.Tasklet tasklet,
      JobRepository jobRepository,
      JdbcTransactionManager transactionManager) {
    return new StepBuilder(name, jobRepository)
        .tasklet(tasklet, transactionManager)
        .allowStartIfComplete(true)
        .build();
  }
}
