package com.vianet.partnersupport.core.jobs;

import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.List;

/** One run of the nightly review, as the job repository recorded it. */
public record JobRun(
    long id,
    String businessDate,
    String status,
    LocalDateTime started,
    LocalDateTime ended,
    List<Step> steps)
    implements Serializable {

  /** One step of a run with its counts and times. */
  public record Step(
      String name,
      String status,
      long read,
      long written,
      long filtered,
      LocalDateTime started,
      LocalDateTime ended)
      implements Serializable {

    /** How long the step ran, in seconds (at least a millisecond, so rates stay finite). */
    public double seconds() {
      if (started == null || ended == null) {
        return 0.001;
      }
      return Math.max(0.001, java.time.Duration.between(started, ended).toMillis() / 1000.0);
    }

    public String getName() {
      return name;
    }

    public String getStatus() {
      return status;
    }

    public long getRead() {
      return read;
    }

    public long getWritten() {
      return written;
    }

    public long getFiltered() {
      return filtered;
    }
  }

  // Expression Language 5 (Jakarta EE 10) reads JavaBean getters, not record accessors.
  public long getId() {
    return id;
  }

  public String getBusinessDate() {
    return businessDate;
  }

  public String getStatus() {
    return status;
  }

  public LocalDateTime getStarted() {
    return started;
  }

  public LocalDateTime getEnded() {
    return ended;
  }

  public List<Step> getSteps() {
    return steps;
  }
}
