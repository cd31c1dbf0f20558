package com.vianet.partnersupport.batch;

import java.time.LocalDate;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;

/** Starts the review of a date, or resumes the date's last run when it did not complete. */
final class ReviewRuns {

  private ReviewRuns() {}

  static JobExecution startOrResume(
      JobOperator operator, JobRepository repository, Job job, LocalDate date) throws Exception {
    for (long attempt = 1; ; attempt++) {
      JobParameters parameters =
          new JobParametersBuilder()
              .addLocalDate("businessDate", date)
              .addLong("attempt", attempt)
              .toJobParameters();
      JobInstance instance = repository.getJobInstance(job.getName(), parameters);
      if (instance == null) {
        return operator.start(job, parameters);
      }
      JobExecution last = repository.getLastJobExecution(instance);
      if (last != null && last.getStatus() != BatchStatus.COMPLETED) {
        if (last.getStatus().isRunning()) {
          // A run killed with -9 never recorded its end: mark it failed so it can resume.
          java.time.LocalDateTime now = java.time.LocalDateTime.now();
          for (var step : last.getStepExecutions()) {
            if (step.getStatus().isRunning()) {
              step.setStatus(BatchStatus.FAILED);
              step.setEndTime(now);
              repository.update(step);
            }
          }
          last.setStatus(BatchStatus.FAILED);
          last.setEndTime(now);
          repository.update(last);
        }
        return operator.restart(last);
      }
    }
  }
}
