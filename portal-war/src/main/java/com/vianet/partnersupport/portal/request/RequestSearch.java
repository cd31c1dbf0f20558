package com.vianet.partnersupport.portal.request;

import com.vianet.partnersupport.portal.security.PartnerScope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.persistence.TypedQuery;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Pages of requests for the lazy tables: filtering, sorting and paging happen in the database, so
 * a table over a million requests reads one page. Sorting is limited to indexed, known columns.
 */
@ApplicationScoped
@Transactional
public class RequestSearch {

  private static final Map<String, String> SORTABLE =
      Map.of("number", "r.number", "title", "r.title", "category", "r.category", "severity", "r.severity",
          "status", "r.status", "createdAt", "r.createdAt", "updatedAt", "r.updatedAt");

  @PersistenceContext private EntityManager em;

  public long count(@NotNull PartnerScope scope, @NotNull RequestFilter filter) {
    Map<String, Object> parameters = new LinkedHashMap<>();
    String where = where(scope, filter, parameters);
    TypedQuery<Long> query = em.createQuery("SELECT COUNT(r) FROM SupportRequest r" + where, Long.class);
    parameters.forEach(query::setParameter);
    return query.getSingleResult();
  }

  public List<RequestListItem> page(@NotNull PartnerScope scope, @NotNull RequestFilter filter, @Min(0) int first,
      @Min(1) @Max(500) int size, String sortField, boolean ascending) {
    Map<String, Object> parameters = new LinkedHashMap<>();
    String where = where(scope, filter, parameters);
    String order = SORTABLE.getOrDefault(sortField, "r.createdAt") + (ascending ? " ASC" : " DESC");
    TypedQuery<RequestListItem> query = em.createQuery(
        "SELECT NEW com.vianet.partnersupport.portal.request.RequestListItem(r.number, r.title, r.category,"
            + " r.severity, r.status, c.name, r.createdAt, r.updatedAt, r.kind, s.name)"
            + " FROM SupportRequest r LEFT JOIN r.customer c LEFT JOIN r.service s" + where + " ORDER BY " + order + ", r.id DESC",
        RequestListItem.class);
    parameters.forEach(query::setParameter);
    return query.setFirstResult(first).setMaxResults(size).getResultList();
  }

  private static String where(PartnerScope scope, RequestFilter filter, Map<String, Object> parameters) {
    StringBuilder where = new StringBuilder(" WHERE 1 = 1");
    scope.partnerId().ifPresent(id -> add(where, parameters, "r.partner.id = :partnerId", "partnerId", id));
    if (filter.getKind() != null) {
      add(where, parameters, "r.kind = :kind", "kind", filter.getKind());
    }
    if (filter.getKind() == null && filter.isCustomerKinds()) {
      add(where, parameters, "r.kind IN :customerKinds", "customerKinds",
          java.util.List.of(com.vianet.partnersupport.core.request.RequestKind.ESCALATION,
              com.vianet.partnersupport.core.request.RequestKind.DEFLECTED));
    }
    if (filter.getCustomerId() != null) {
      add(where, parameters, "r.customer.id = :customerId", "customerId", filter.getCustomerId());
    }
    if (filter.getServiceId() != null) {
      add(where, parameters, "r.service.id = :serviceId", "serviceId", filter.getServiceId());
    }
    if (filter.getStatus() != null) {
      add(where, parameters, "r.status = :status", "status", filter.getStatus());
    }
    if (filter.getCategory() != null) {
      add(where, parameters, "r.category = :category", "category", filter.getCategory());
    }
    if (filter.getSeverity() != null) {
      add(where, parameters, "r.severity = :severity", "severity", filter.getSeverity());
    }
    if (filter.getCreatedFrom() != null) {
      add(where, parameters, "r.createdAt >= :from", "from", filter.getCreatedFrom().atStartOfDay().atOffset(ZoneOffset.UTC));
    }
    if (filter.getCreatedTo() != null) {
      add(where, parameters, "r.createdAt < :to", "to", filter.getCreatedTo().plusDays(1).atStartOfDay().atOffset(ZoneOffset.UTC));
    }
    return where.toString();
  }

  private static void add(StringBuilder where, Map<String, Object> parameters, String condition, String name, Object value) {
    where.append(" AND ").append(condition);
    parameters.put(name, value);
  }
}
