package com.vianet.partnersupport.batch.review;

import static org.assertj.core.api.Assertions.assertThat;

import com.vianet.partnersupport.core.demo.DemoData;
import com.vianet.partnersupport.core.review.Flag;
import com.vianet.partnersupport.core.schema.SchemaMigration;
import com.vianet.partnersupport.core.testing.Sql;
import com.vianet.partnersupport.core.testing.ThrowawayPostgres;
import com.vianet.partnersupport.reports.IsoWeek;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.test.JobOperatorTestUtils;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/** A run that fails in the middle of the flag step resumes after its last committed chunk. */
class RestartAfterFailureIT {

  private static final Instant NOW = Instant.parse("2026-11-25T08:00:00Z");
  private static final LocalDate DATE = LocalDate.of(2026, 11, 18);
  private static final AtomicInteger CHUNKS = new AtomicInteger();
  private static volatile boolean failThirdChunk = true;

  /** The real writer, except that the third chunk of the first run fails, as a crash would. */
  @Configuration
  static class FailingWriter {
    @Bean
    @org.springframework.batch.core.configuration.annotation.StepScope
    public FlagWriter flagWriter(DataSource dataSource) {
      return new FlagWriter(new JdbcTemplate(dataSource), DATE) {
        @Override
        public void write(Chunk<? extends List<Flag>> chunk) {
          if (CHUNKS.incrementAndGet() == 3 && failThirdChunk) {
            failThirdChunk = false;
            throw new IllegalStateException("injected failure in the third chunk");
          }
          super.write(chunk);
        }
      };
    }
  }

  @Test
  void aFailedRunResumesFromItsLastCommittedChunkAndEndsWithTheSameFlags() throws Exception {
    try (ThrowawayPostgres postgres = ThrowawayPostgres.create()) {
      try (AnnotationConfigApplicationContext context =
          NightlyReviewJobConfiguration.context(
              JobDatabases.settings(
                  postgres.settings(), Map.of("review.chunk-size", "5", "review.partitions", "2")),
              FailingWriter.class)) {
        DataSource dataSource = context.getBean(DataSource.class);
        SchemaMigration.migrate(dataSource);
        DemoData.loadIfEmpty(dataSource, NOW);
        // At least 30 escalations changed on the date: six chunks of five or more.
        Instant noon = DATE.atTime(12, 0).atZone(IsoWeek.BEIJING).toInstant();
        new JdbcTemplate(dataSource)
            .update(
                "UPDATE support_request SET updated_at = ? WHERE id IN (SELECT id FROM"
                    + " support_request WHERE kind = 'ESCALATION' ORDER BY id FETCH FIRST 30 ROWS"
                    + " ONLY)",
                Timestamp.from(noon));

        JobOperatorTestUtils jobs =
            new JobOperatorTestUtils(
                context.getBean(JobOperator.class),
                context.getBean(org.springframework.batch.core.repository.JobRepository.class));
        jobs.setJob(context.getBean(Job.class));
        JobParameters parameters =
            new JobParametersBuilder()
                .addLocalDate("businessDate", DATE)
                .addLong("attempt", 1L)
                .toJobParameters();
        JobExecution failed = jobs.startJob(parameters);
        assertThat(failed.getStatus()).isEqualTo(BatchStatus.FAILED);
        long flagsAfterFailure =
            Sql.count(dataSource, "SELECT COUNT(DISTINCT request_id) FROM escalation_flag");

        JobExecution resumed = context.getBean(JobOperator.class).restart(failed);
        assertThat(resumed.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        StepExecution flagStep =
            resumed.getStepExecutions().stream()
                .filter(s -> s.getStepName().equals("flagEscalations"))
                .findFirst()
                .orElseThrow();
        long changedThatDay =
            new JdbcTemplate(dataSource)
                .queryForObject(
                    "SELECT COUNT(*) FROM support_request WHERE"
                        + " kind = 'ESCALATION' AND updated_at >= ? AND updated_at < ?",
                    Long.class,
                    Timestamp.from(DATE.atStartOfDay(IsoWeek.BEIJING).toInstant()),
                    Timestamp.from(DATE.plusDays(1).atStartOfDay(IsoWeek.BEIJING).toInstant()));
        assertThat(changedThatDay).isGreaterThanOrEqualTo(30);
        // At least two chunks of five were committed before the failure (the other partition may
        // have
        // finished): the resumed run reads only what was not committed.
        assertThat(flagStep.getReadCount())
            .as("only what the failed run had not committed")
            .isPositive()
            .isLessThanOrEqualTo(changedThatDay - 10);
        long flags = Sql.count(dataSource, "SELECT COUNT(*) FROM escalation_flag");
        assertThat(Sql.count(dataSource, "SELECT COUNT(DISTINCT request_id) FROM escalation_flag"))
            .isGreaterThan(flagsAfterFailure);

        // An uninterrupted run of the same date finds nothing missing and nothing to add twice.
        JobExecution full =
            jobs.startJob(
                new JobParametersBuilder()
                    .addLocalDate("businessDate", DATE)
                    .addLong("attempt", 2L)
                    .toJobParameters());
        assertThat(full.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(Sql.count(dataSource, "SELECT COUNT(*) FROM escalation_flag")).isEqualTo(flags);
      }
    }
  }
}
