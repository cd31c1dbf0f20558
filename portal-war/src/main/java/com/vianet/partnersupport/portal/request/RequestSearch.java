package com.vianet.partnersupport.portal.request;

import com.vianet.partnersupport.portal.security.PartnerScope;
import com.vianet.partnersupport.portal.table.Conditions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Map;

/**
 * Pages of requests for the lazy tables: filtering, sorting and paging happen in the database, so a
 * table over a million requests reads one page. Sorting is limited to indexed, known columns.
 */
@ApplicationScoped
@Transactional
public class RequestSearch {

  private static final Map<String, String> SORTABLE =
      Map.of(
          "number",
          "r.number",
          "title",
          "r.title",
          "category",
          "r.category",
          "severity",
          "r.severity",
          "status",
          "r.status",
          "createdAt",
          "r.createdAt",
          "updatedAt",
          "r.updatedAt");

  @PersistenceContext private EntityManager em;

  public long count(@NotNull PartnerScope scope, @NotNull RequestFilter filter) {
    return conditions(scope, filter).count(em, "FROM SupportRequest r");
  }

  public List<RequestListItem> page(
      @NotNull PartnerScope scope,
      @NotNull RequestFilter filter,
      @Min(0) int first,
      @Min(1) @Max(500) int size,
      String sortField,
      boolean ascending) {
    Conditions conditions = conditions(scope, filter);
    String order =
        SORTABLE.getOrDefault(sortField == null ? "createdAt" : sortField, "r.createdAt")
            + (ascending ? " ASC" : " DESC");
    TypedQuery<RequestListItem> query =
        conditions.bind(
            em.createQuery(
                "SELECT NEW com.vianet.partnersupport.portal.request.RequestListItem(r.number,"
                    + " r.title, r.category, r.severity, r.status, c.name, r.createdAt,"
                    + " r.updatedAt, r.kind, s.name) FROM SupportRequest r LEFT JOIN r.customer c"
                    + " LEFT JOIN r.service s"
                    + conditions.where()
                    + " ORDER BY "
                    + order
                    + ", r.id DESC",
                RequestListItem.class));
    return query.setFirstResult(first).setMaxResults(size).getResultList();
  }

  private static Conditions conditions(PartnerScope scope, RequestFilter filter) {
    Conditions conditions = new Conditions();
    TextSearch.apply(conditions, filter.getText());
    scope.partnerId().ifPresent(id -> conditions.and("r.partner.id = :partnerId", "partnerId", id));
    if (filter.getKind() != null) {
      conditions.and("r.kind = :kind", "kind", filter.getKind());
    }
    if (filter.getKind() == null && filter.isCustomerKinds()) {
      conditions.and(
          "r.kind IN :customerKinds",
          "customerKinds",
          java.util.List.of(
              com.vianet.partnersupport.core.request.RequestKind.ESCALATION,
              com.vianet.partnersupport.core.request.RequestKind.DEFLECTED));
    }
    if (filter.getCustomerId() != null) {
      conditions.and("r.customer.id = :customerId", "customerId", filter.getCustomerId());
    }
    if (filter.getServiceId() != null) {
      conditions.and("r.service.id = :serviceId", "serviceId", filter.getServiceId());
    }
    if (filter.getStatus() != null) {
      conditions.and("r.status = :status", "status", filter.getStatus());
    }
    if (filter.getCategory() != null) {
      conditions.and("r.category = :category", "category", filter.getCategory());
    }
    if (filter.getSeverity() != null) {
      conditions.and("r.severity = :severity", "severity", filter.getSeverity());
    }
    if (filter.getCreatedFrom() != null) {
      conditions.and(
          "r.createdAt >= :from",
          "from",
          filter.getCreatedFrom().atStartOfDay(filter.getZone()).toOffsetDateTime());
    }
    if (filter.getCreatedTo() != null) {
      conditions.and(
          "r.createdAt < :to",
          "to",
          filter.getCreatedTo().plusDays(1).atStartOfDay(filter.getZone()).toOffsetDateTime());
    }
    return conditions;
  }
}
