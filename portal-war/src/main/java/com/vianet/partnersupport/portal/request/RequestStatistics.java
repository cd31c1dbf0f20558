package com.vianet.partnersupport.portal.request;

import com.vianet.partnersupport.core.request.RequestStatus;
import com.vianet.partnersupport.portal.security.PartnerScope;
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

  /** Open requests by status; every open status is present, with zero where there are none. */
  public Map<RequestStatus, Long> openRequestsByStatus(@NotNull PartnerScope scope) {
    TypedQuery<Object[]> query =
        scope
            .partnerId()
            .map(
                id ->
                    em.createNamedQuery(SupportRequest.COUNT_BY_STATUS_FOR_PARTNER, Object[].class)
                        .setParameter("partnerId", id))
            .orElseGet(() -> em.createNamedQuery(SupportRequest.COUNT_BY_STATUS, Object[].class));
    Map<RequestStatus, Long> counts = new EnumMap<>(RequestStatus.class);
    RequestStatus.openStatuses().forEach(s -> counts.put(s, 0L));
    for (Object[] row :
        query.setParameter("statuses", RequestStatus.openStatuses()).getResultList()) {
      counts.put((RequestStatus) row[0], ((Number) row[1]).longValue());
    }
    return counts;
  }

  public long openRequests(@NotNull PartnerScope scope) {
    return openRequestsByStatus(scope).values().stream().mapToLong(Long::longValue).sum();
  }
}
