package com.vianet.partnersupport.batch.review;

import static org.assertj.core.api.Assertions.assertThat;

import com.vianet.partnersupport.batch.generate.DataGenerator;
import com.vianet.partnersupport.core.demo.DemoData;
import com.vianet.partnersupport.core.schema.SchemaMigration;
import com.vianet.partnersupport.core.testing.Sql;
import com.vianet.partnersupport.core.testing.ThrowawayPostgres;
import com.vianet.partnersupport.reports.IsoWeek;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.test.JobOperatorTestUtils;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The partner-level rule on crafted data: one partner escalates far more than its peers this week.
 */
class PartnerOutlierIT {

  @Test
  void theWeeksEscalationsOfAnOutlierPartnerAreFlaggedWithTheEvidence() throws Exception {
    try (ThrowawayPostgres postgres = ThrowawayPostgres.create()) {
      try (AnnotationConfigApplicationContext context =
          NightlyReviewJobConfiguration.context(
              JobDatabases.settings(postgres.settings(), Map.of()))) {
        DataSource dataSource = context.getBean(DataSource.class);
        SchemaMigration.migrate(dataSource);
        DemoData.loadIfEmpty(dataSource, Instant.now());
        new DataGenerator(dataSource).generate(new DataGenerator.Plan(3_000, 6, 120, 7));
        LocalDate date = LocalDate.now(IsoWeek.BEIJING).minusDays(1);
        IsoWeek week = IsoWeek.of(date);
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        long outlier = Sql.count(dataSource, "SELECT MIN(id) FROM partner WHERE code LIKE 'LT%'");
        // 150 of its escalations move into this week: far above any peer.
        jdbc.update(
            "UPDATE support_request SET created_at = ? WHERE id IN (SELECT id FROM support_request"
                + " WHERE partner_id = ? ORDER BY id FETCH FIRST 150 ROWS ONLY)",
            Timestamp.from(week.start().plusSeconds(3_600)),
            outlier);

        JobOperatorTestUtils jobs =
            new JobOperatorTestUtils(
                context.getBean(JobOperator.class), context.getBean(JobRepository.class));
        jobs.setJob(context.getBean(Job.class));
        JobExecution execution =
            jobs.startStep(
                "flagPartnerOutliers",
                new JobParametersBuilder().addLocalDate("businessDate", date).toJobParameters(),
                new ExecutionContext());
        assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);

        List<Long> flaggedPartners =
            jdbc.queryForList(
                "SELECT DISTINCT r.partner_id FROM escalation_flag f JOIN support_request r ON r.id"
                    + " = f.request_id WHERE f.rule_id = 'partner-outlier'",
                Long.class);
        assertThat(flaggedPartners).containsExactly(outlier);
        assertThat(
                jdbc.queryForObject(
                    "SELECT MIN(reason) FROM escalation_flag WHERE rule_id = 'partner-outlier'",
                    String.class))
            .contains("escalations per 100 customers in " + week.label())
            .contains("median")
            .contains("MAD");
        assertThat(
                Sql.count(
                    dataSource,
                    "SELECT COUNT(*) FROM escalation_flag WHERE rule_id = 'partner-outlier'"))
            .isGreaterThanOrEqualTo(150);
      }
    }
  }
}
