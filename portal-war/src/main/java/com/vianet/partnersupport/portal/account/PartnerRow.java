package com.vianet.partnersupport.portal.account;

import java.io.Serializable;
import java.time.OffsetDateTime;

/** A partner as the administrators' page lists it. */
public record PartnerRow(
    long id,
    String code,
    String name,
    String tenantId,
    OffsetDateTime createdAt,
    OffsetDateTime suspendedAt,
    long activeUsers)
    implements Serializable {

  public boolean suspended() {
    return suspendedAt != null;
  }
}
