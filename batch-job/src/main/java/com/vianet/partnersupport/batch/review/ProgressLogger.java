package com.vianet.partnersupport.batch.review;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;
import org.springframework.batch.core.listener.ChunkListener;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepExecution;

/** Logs a step's progress (read, written, rate, elapsed) at most every ten seconds. */
public class ProgressLogger implements ChunkListener {

  private static final Logger LOG = Logger.getLogger(ProgressLogger.class.getName());
  private static final Duration EVERY = Duration.ofSeconds(10);

  // Partitions of one step run on several threads: each logs on its own clock.
  private final Map<String, Instant> lastLog = new ConcurrentHashMap<>();

  @Override
  public void afterChunk(ChunkContext context) {
    Instant now = Instant.now();
    StepExecution step = context.getStepContext().getStepExecution();
    Instant last = lastLog.putIfAbsent(step.getStepName(), now);
    if (last == null || Duration.between(last, now).compareTo(EVERY) < 0) {
      return;
    }
    lastLog.put(step.getStepName(), now);
    Instant started =
        step.getStartTime() == null
            ? now
            : step.getStartTime().atZone(java.time.ZoneId.systemDefault()).toInstant();
    double seconds = Math.max(0.001, Duration.between(started, now).toMillis() / 1000.0);
    LOG.info(
        String.format(
            "%s: read %,d, written %,d, %,.0f read/s, %.0f s",
            step.getStepName(),
            step.getReadCount(),
            step.getWriteCount(),
            step.getReadCount() / seconds,
            seconds));
  }
}
