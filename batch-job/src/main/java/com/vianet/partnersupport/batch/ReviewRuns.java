package com.vianet.partnersupport.batch;

import java.time.LocalDate;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
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

  /**
   * On SIGTERM (a service manager stopping the program, Ctrl-C), asks the running review to stop
   * after its current chunk and waits for the run to return, so it ends STOPPED with its work
   * committed and the next run of the date resumes it. Call {@link #runReturned} when it has.
   */
  static CountDownLatch stopOnTerminate(JobOperator operator, JobRepository repository, Job job) {
    CountDownLatch returned = new CountDownLatch(1);
    Thread hook =
        new Thread(
            () -> {
              for (JobExecution running : repository.findRunningJobExecutions(job.getName())) {
                try {
                  operator.stop(running);
                } catch (Exception e) {
                  // It finished meanwhile: nothing to stop.
                }
              }
              try {
                returned.await(2, TimeUnit.MINUTES);
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
            },
            "stop-review");
    Runtime.getRuntime().addShutdownHook(hook);
    HOOKS.put(returned, hook);
    return returned;
  }

  /** The run has returned: a stop in progress may finish, and a normal exit needs no hook. */
  static void runReturned(CountDownLatch returned) {
    returned.countDown();
    Thread hook = HOOKS.remove(returned);
    try {
      Runtime.getRuntime().removeShutdownHook(hook);
    } catch (IllegalStateException shuttingDown) {
      // The JVM is stopping: the hook has just been released.
    }
  }

  private static final java.util.Map<CountDownLatch, Thread> HOOKS =
      new java.util.concurrent.ConcurrentHashMap<>();

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
          // A run killed with -9 never recorded its end: recover marks it (and its running
          // steps) failed, so it can resume from the last committed chunk.
          last = operator.recover(last);
        }
        return operator.restart(last);
      }
    }
  }
}
