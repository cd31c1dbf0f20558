package com.vianet.partnersupport.batch.review;

import com.vianet.partnersupport.core.config.Settings;
import com.vianet.partnersupport.core.review.EscalationFacts;
import com.vianet.partnersupport.core.review.Flag;
import com.vianet.partnersupport.core.review.RuleSettings;
import com.vianet.partnersupport.reports.IsoWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import javax.sql.DataSource;
import org.springframework.batch.core.configuration.annotation.EnableBatchProcessing;
import org.springframework.batch.core.configuration.annotation.EnableJdbcJobRepository;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.item.database.JdbcCursorItemReader;
import org.springframework.batch.integration.partition.RemotePartitioningManagerStepBuilderFactory;
import org.springframework.batch.integration.partition.RemotePartitioningWorkerStepBuilderFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
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

  /**
   * The job's application context on the given settings; {@code more} adds configurations (a test's
   * failing writer, say) that may replace the job's beans.
   */
  public static AnnotationConfigApplicationContext context(Settings settings, Class<?>... more) {
    AnnotationConfigApplicationContext context = new AnnotationConfigApplicationContext();
    context.registerBean(Settings.class, () -> settings);
    context.register(NightlyReviewJobConfiguration.class);
    if (ReviewSettings.Remote.from(settings).configured()) {
      context.register(RemotePartitioning.class);
    }
    if (more.length > 0) {
      context.register(more);
    }
    context.refresh();
    return context;
  }

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

  /**
   * Flags in partitions by partner (review.partitions, default one per core), each on its own
   * thread, or with review.broker set on worker processes; a failed night restarts each unfinished
   * partition at its last committed chunk.
   */
  @Bean
  public Step flagEscalations(
      JobRepository jobRepository,
      Step flagPartition,
      ReviewSettings.Tuning tuning,
      ReviewSettings.Remote remote,
      ObjectProvider<RemotePartitioning> remotePartitioning,
      ObjectProvider<RemotePartitioningManagerStepBuilderFactory> managerSteps) {
    int partitions = tuning.partitions();
    RemotePartitioning manager = remotePartitioning.getIfAvailable();
    if (manager != null) {
      return manager.manager(
          managerSteps.getObject(),
          jobRepository,
          remote,
          "flagEscalations",
          "flagPartition",
          new PartnerPartitioner(),
          partitions);
    }
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
      ReviewSettings.Tuning tuning,
      ObjectProvider<PartitionWorker> worker,
      ObjectProvider<RemotePartitioningWorkerStepBuilderFactory> workerSteps) {
    // On a worker the same step, started by the manager's requests from the queue.
    StepBuilder steps =
        worker.getIfAvailable() == null
            ? new StepBuilder("flagPartition", jobRepository)
            : worker.getObject().step(workerSteps.getObject(), jobRepository, "flagPartition");
    return steps
        .<EscalationFacts, List<Flag>>chunk(tuning.chunkSize())
        .transactionManager(transactionManager)
        .reader(escalationFactsReader)
        .processor(escalationFlagger)
        .writer(flagWriter)
        .listener(new ProgressLogger())
        .listener(new PartitionLog())
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
    return new EscalationFlagger(RuleSettingsReader.read(new JdbcTemplate(dataSource)));
  }

  @Bean
  @StepScope
  public FlagWriter flagWriter(
      DataSource dataSource, @Value("#{jobParameters['businessDate']}") LocalDate businessDate) {
    return new FlagWriter(new JdbcTemplate(dataSource), businessDate);
  }

  /** Step 2: partners whose escalations per 100 customers stand out this week. */
  @Bean
  public Step flagPartnerOutliers(
      JobRepository jobRepository,
      JdbcTransactionManager transactionManager,
      DataSource dataSource) {
    return datedStep(
        "flagPartnerOutliers",
        date -> new PartnerOutlierTasklet(new JdbcTemplate(dataSource), date),
        jobRepository,
        transactionManager);
  }

  /** Step 3: the week's figures. */
  @Bean
  public Step aggregateWeek(
      JobRepository jobRepository,
      JdbcTransactionManager transactionManager,
      DataSource dataSource) {
    return datedStep(
        "aggregateWeek",
        date -> new WeeklyAggregateTasklet(new JdbcTemplate(dataSource), date),
        jobRepository,
        transactionManager);
  }

  /** Step 4: remediation plans proposed to partners that escalate inappropriately. */
  @Bean
  public Step proposeRemediation(
      JobRepository jobRepository,
      JdbcTransactionManager transactionManager,
      DataSource dataSource) {
    return datedStep(
        "proposeRemediation",
        date -> new RemediationProposalTasklet(new JdbcTemplate(dataSource), date),
        jobRepository,
        transactionManager);
  }

  /** Step 5: the week's workbooks, to {@code <home>/reports}, linking to {@code portal-url}. */
  @Bean
  public Step exportWorkbooks(
      JobRepository jobRepository,
      JdbcTransactionManager transactionManager,
      DataSource dataSource,
      ReviewSettings.Tuning tuning) {
    return datedStep(
        "exportWorkbooks",
        date ->
            new ExportWorkbooksTasklet(
                dataSource, date, tuning.reportsFolder(), tuning.portalUrl()),
        jobRepository,
        transactionManager);
  }

  /** Step 6: personal data kept no longer than {@code retention_rule} says. */
  @Bean
  public Step applyRetention(
      JobRepository jobRepository,
      JdbcTransactionManager transactionManager,
      DataSource dataSource) {
    return datedStep(
        "applyRetention",
        date -> new RetentionTasklet(new JdbcTemplate(dataSource), date),
        jobRepository,
        transactionManager);
  }

  /**
   * A one-transaction step of the business date that replaces what it computes (aggregates, plans,
   * workbooks), so it runs again on a restart even when it had completed. The tasklet is made for
   * the date when the step runs: one pattern instead of a step-scoped bean per tasklet.
   */
  private static Step datedStep(
      String name,
      Function<LocalDate, Tasklet> tasklet,
      JobRepository jobRepository,
      JdbcTransactionManager transactionManager) {
    Tasklet ofTheDate =
        (contribution, context) ->
            tasklet
                .apply(
                    context
                        .getStepContext()
                        .getStepExecution()
                        .getJobParameters()
                        .getLocalDate("businessDate"))
                .execute(contribution, context);
    return new StepBuilder(name, jobRepository)
        .tasklet(ofTheDate, transactionManager)
        .allowStartIfComplete(true)
        .build();
  }
}
