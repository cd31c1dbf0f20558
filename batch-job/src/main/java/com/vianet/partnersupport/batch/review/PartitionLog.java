package com.vianet.partnersupport.batch.review;

import java.util.logging.Logger;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;

/** Logs each partition's start and end, so a worker's log says which partitions it ran. */
final class PartitionLog implements StepExecutionListener {

  private static final Logger LOG = Logger.getLogger(PartitionLog.class.getName());

  @Override
  public void beforeStep(StepExecution partition) {
    LOG.info(
        () -> partition.getStepName() + " started (run " + partition.getJobExecutionId() + ")");
  }

  @Override
  public ExitStatus afterStep(StepExecution partition) {
    LOG.info(
        () ->
            String.format(
                "%s %s: read %,d, written %,d",
                partition.getStepName(),
                partition.getStatus(),
                partition.getReadCount(),
                partition.getWriteCount()));
    return null;
  }
}
