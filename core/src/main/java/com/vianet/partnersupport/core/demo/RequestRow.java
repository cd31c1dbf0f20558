package com.vianet.partnersupport.core.demo;

import com.vianet.partnersupport.core.request.RequestCategory;
import com.vianet.partnersupport.core.request.RequestKind;
import com.vianet.partnersupport.core.request.RequestStatus;
import com.vianet.partnersupport.core.request.Resolution;
import com.vianet.partnersupport.core.request.Severity;
import java.time.Instant;

/** One generated request with its justification (escalations only) and its timeline. */
record RequestRow(
    String number,
    long partnerId,
    RequestKind kind,
    RequestCategory category,
    Long problemTypeId,
    Severity severity,
    String title,
    String description,
    Long customerId,
    Long subscriptionId,
    Long serviceId,
    String contactName,
    String contactEmail,
    RequestStatus status,
    Resolution resolution,
    long createdBy,
    Long assignedTo,
    Instant createdAt,
    Instant firstContactAt,
    Instant resolvedAt,
    Instant closedAt,
    Justification justification,
    String customerText) {

  record Justification(
      String stepsTried, boolean training, boolean documentation, boolean tools, String evidence) {}

  Instant updatedAt() {
    Instant last = createdAt;
    for (Instant t : new Instant[] {firstContactAt, resolvedAt, closedAt}) {
      if (t != null && t.isAfter(last)) {
        last = t;
      }
    }
    return last;
  }
}
