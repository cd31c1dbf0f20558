package com.vianet.partnersupport.portal.request;

import com.vianet.partnersupport.core.request.RequestStatus;
import com.vianet.partnersupport.portal.security.PartnerScope;
import com.vianet.partnersupport.portal.table.CappedCount;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.validation.constraints.NotNull;
import java.util.EnumMap;
import java.util.Map;

/** Counts of requests for the dashboard, always within the caller's partner scope. */
@ApplicationScoped
public class RequestStatistics {

  @PersistenceContext private EntityManager em;

  /**
   * Open requests by status; every open status is present, with zero where there are none. Each is
   * counted up to the cap ({@link CappedCount}), from the index on status (partner and status).
   */
  public Map<RequestStatus, Long> openRequestsByStatus(@NotNull PartnerScope scope) {
    Map<RequestStatus, Long> counts = new EnumMap<>(RequestStatus.class);
    for (RequestStatus status : RequestStatus.openStatuses()) {
      TypedQuery<Long> rows =
          scope
              .partnerId()
              .map(
                  id ->
                      em.createNamedQuery(SupportRequest.IDS_BY_STATUS_FOR_PARTNER, Long.class)
                          .setParameter("partnerId", id))
              .orElseGet(() -> em.createNamedQuery(SupportRequest.IDS_BY_STATUS, Long.class));
      counts.put(status, CappedCount.of(rows.setParameter("status", status)));
    }
    return counts;
  }

  public long openRequests(@NotNull PartnerScope scope) {
    return openRequestsByStatus(scope).values().stream().mapToLong(Long::longValue).sum();
  }
}
