package com.vianet.partnersupport.batch.review;

import java.time.LocalDateTime;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;

/**
 * After a manager step that failed (it waited longer than the partition timeout): the partitions
 * still recorded as running belong to workers that stopped answering, and are marked failed. Spring
 * Batch refuses to restart a step it believes running; failed, each resumes from its last committed
 * chunk when the date runs again.
 */
final class UnfinishedPartitionsFail implements StepExecutionListener {

  private final JobRepository jobRepository;
  private final String workerStep;

  UnfinishedPartitionsFail(JobRepository jobRepository, String workerStep) {
    this.jobRepository = jobRepository;
    this.workerStep = workerStep;
  }

  @Override
  public ExitStatus afterStep(StepExecution manager) {
    if (manager.getStatus() != BatchStatus.FAILED) {
      return null;
    }
    for (StepExecution partition :
        jobRepository.getJobExecution(manager.getJobExecutionId()).getStepExecutions()) {
      if (partition.getStepName().startsWith(workerStep + ":")
          && partition.getStatus().isRunning()) {
        partition.setStatus(BatchStatus.FAILED);
        partition.setExitStatus(
            ExitStatus.FAILED.addExitDescription(
                "No outcome within review.partition-timeout: its worker stopped answering"));
        partition.setEndTime(LocalDateTime.now());
        jobRepository.update(partition);
      }
    }
    return null;
  }
}
