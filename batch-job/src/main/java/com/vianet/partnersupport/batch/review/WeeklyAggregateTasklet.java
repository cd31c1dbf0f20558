package com.vianet.partnersupport.batch.review;

import com.vianet.partnersupport.core.jobs.WeeklyAggregates;
import java.time.Instant;
import java.time.LocalDate;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Replaces the business date's ISO week of {@code escalation_weekly_aggregate}: counts by partner,
 * service and category, verdicts, deflected cases, and the median and 90th percentile of the hours
 * to first contact and to resolution. Delete and insert run in the step's one transaction, so a
 * rerun or a restart after a failure gives the same rows, never duplicates.
 */
public class WeeklyAggregateTasklet implements Tasklet {

  private final JdbcTemplate jdbc;
  private final LocalDate businessDate;

  public WeeklyAggregateTasklet(JdbcTemplate jdbc, LocalDate businessDate) {
    this.jdbc = jdbc;
    this.businessDate = businessDate;
  }

  @Override
  public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
    // The step's transaction's connection: delete and insert commit or roll back together.
    Integer rows =
        jdbc.execute(
            (ConnectionCallback<Integer>)
                connection ->
                    WeeklyAggregates.replaceWeek(connection, businessDate, Instant.now()));
    contribution.incrementWriteCount(rows);
    return RepeatStatus.FINISHED;
  }
}
