package com.vianet.partnersupport.core.request;

import java.util.EnumSet;
import java.util.Set;

/** Where a support request is in its life, and which moves from here are allowed. */
public enum RequestStatus {
  SUBMITTED,
  CONTACTED,
  IN_PROGRESS,
  WAITING_FOR_PARTNER,
  RESOLVED,
  CLOSED;

  /** Open requests are the ones a 21Vianet agent still has to work on. */
  public boolean isOpen() {
    return this != RESOLVED && this != CLOSED;
  }

  public Set<RequestStatus> allowedNext() {
    return switch (this) {
      case SUBMITTED -> EnumSet.of(CONTACTED, IN_PROGRESS, RESOLVED, CLOSED);
      case CONTACTED -> EnumSet.of(IN_PROGRESS, WAITING_FOR_PARTNER, RESOLVED, CLOSED);
      case IN_PROGRESS -> EnumSet.of(WAITING_FOR_PARTNER, RESOLVED, CLOSED);
      case WAITING_FOR_PARTNER -> EnumSet.of(IN_PROGRESS, RESOLVED, CLOSED);
      // A resolved request may be reopened when the fix did not hold.
      case RESOLVED -> EnumSet.of(IN_PROGRESS, CLOSED);
      case CLOSED -> EnumSet.noneOf(RequestStatus.class);
    };
  }

  public boolean canMoveTo(RequestStatus next) {
    return allowedNext().contains(next);
  }

  /** Open and 21Vianet's move (not waiting for the partner): the queue, the clocks, the alerts. */
  public boolean isOnTheQueue() {
    return isOpen() && this != WAITING_FOR_PARTNER;
  }

  public static Set<RequestStatus> onTheQueue() {
    EnumSet<RequestStatus> queue = EnumSet.noneOf(RequestStatus.class);
    for (RequestStatus status : values()) {
      if (status.isOnTheQueue()) {
        queue.add(status);
      }
    }
    return queue;
  }

  /** {@link #onTheQueue()} as an SQL list for native queries: ('SUBMITTED', 'CONTACTED', …). */
  public static String onTheQueueSql() {
    StringBuilder list = new StringBuilder("(");
    for (RequestStatus status : onTheQueue()) {
      list.append(list.length() == 1 ? "'" : ", '").append(status.name()).append('\'');
    }
    return list.append(')').toString();
  }

  public static Set<RequestStatus> openStatuses() {
    EnumSet<RequestStatus> open = EnumSet.noneOf(RequestStatus.class);
    for (RequestStatus status : values()) {
      if (status.isOpen()) {
        open.add(status);
      }
    }
    return open;
  }
}
