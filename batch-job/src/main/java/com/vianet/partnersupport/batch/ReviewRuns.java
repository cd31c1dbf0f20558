package com.vianet.partnersupport.batch;

import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.context.ApplicationContext;

/** Starts the review of a date, or resumes the date's last run when it did not complete. */
final class ReviewRuns {

  /** How a call to review a date ended. */
  enum Outcome {
    COMPLETED,
    FAILED,
    /** The scheduler found the date completed already and started nothing. */
    ALREADY_COMPLETED,
    /** Another process (a scheduler on another node, a manual run) is reviewing the date. */
    RUNNING_ELSEWHERE
  }

  private ReviewRuns() {}

  /**
   * Reviews the date holding its {@link DateLock}, so that every node may run a scheduler and one
   * run per date happens. The scheduler ({@code skipCompleted}) leaves a completed date alone; a
   * manual run of a completed date starts a new, numbered attempt.
   */
  static Outcome review(ApplicationContext context, LocalDate date, boolean skipCompleted)
      throws Exception {
    JobOperator operator = context.getBean(JobOperator.class);
    JobRepository repository = context.getBean(JobRepository.class);
    Job job = context.getBean(Job.class);
    Optional<DateLock> lock = DateLock.tryAcquire(context.getBean(DataSource.class), date);
    if (lock.isEmpty()) {
      return Outcome.RUNNING_ELSEWHERE;
    }
    try (DateLock held = lock.get()) {
      if (skipCompleted && completed(repository, job, date)) {
        return Outcome.ALREADY_COMPLETED;
      }
      CountDownLatch returned = stopOnTerminate(operator, repository, job);
      try {
        return startOrResume(operator, repository, job, date).getStatus() == BatchStatus.COMPLETED
            ? Outcome.COMPLETED
            : Outcome.FAILED;
      } finally {
        runReturned(returned);
      }
    }
  }

  /** Whether an attempt of the date completed. */
  static boolean completed(JobRepository repository, Job job, LocalDate date) {
    for (long attempt = 1; ; attempt++) {
      JobInstance instance = repository.getJobInstance(job.getName(), parameters(date, attempt));
      if (instance == null) {
        return false;
      }
      JobExecution last = repository.getLastJobExecution(instance);
      if (last != null && last.getStatus() == BatchStatus.COMPLETED) {
        return true;
      }
    }
  }

  private static JobParameters parameters(LocalDate date, long attempt) {
    return new JobParametersBuilder()
        .addLocalDate("businessDate", date)
        .addLong("attempt", attempt)
        .toJobParameters();
  }

  /**
   * On SIGTERM (a service manager stopping the program, Ctrl-C), asks the running review to stop
   * after its current chunk and waits for the run to return, so it ends STOPPED with its work
   * committed and the next run of the date resumes it. Call {@link #runReturned} when it has.
   */
  private static CountDownLatch stopOnTerminate(
      JobOperator operator, JobRepository repository, Job job) {
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
  private static void runReturned(CountDownLatch returned) {
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

  private static JobExecution startOrResume(
      JobOperator operator, JobRepository repository, Job job, LocalDate date) throws Exception {
    for (long attempt = 1; ; attempt++) {
      JobParameters parameters = parameters(date, attempt);
      JobInstance instance = repository.getJobInstance(job.getName(), parameters);
      if (instance == null) {
        return operator.start(job, parameters);
      }
      JobExecution last = repository.getLastJobExecution(instance);
      if (last != null && last.getStatus() != BatchStatus.COMPLETED) {
        if (last.getStatus().isRunning()) {
          // Under the date's lock nobody else runs it: a run killed with -9 never recorded its
          // end. Recover marks it (and its running steps) failed, so it resumes from the last
          // committed chunk.
          last = operator.recover(last);
        }
        return operator.restart(last);
      }
    }
  }
}
