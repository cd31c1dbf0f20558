package com.vianet.partnersupport.portal.console;

import com.vianet.partnersupport.core.request.RequestStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.persistence.TypedQuery;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The 21Vianet queue over all partners: filtered, sorted and paged in the database. Without a
 * status filter it shows open requests, oldest first, which the (status, severity, created) index serves.
 */
@ApplicationScoped
@Transactional
public class QueueSearch {

  private static final Map<String, String> SORTABLE = Map.of("number", "r.number", "severity", "r.severity",
      "status", "r.status", "createdAt", "r.createdAt", "partnerName", "p.name", "category", "r.category");

  @PersistenceContext private EntityManager em;

  public long count(@NotNull QueueFilter filter, long agentId) {
    Map<String, Object> parameters = new LinkedHashMap<>();
    TypedQuery<Long> query = em.createQuery("SELECT COUNT(r) FROM SupportRequest r"
        + where(filter, agentId, parameters), Long.class);
    parameters.forEach(query::setParameter);
    return query.getSingleResult();
  }

  public List<QueueItem> page(@NotNull QueueFilter filter, long agentId, @Min(0) int first, @Min(1) @Max(500) int size,
      String sortField, boolean ascending) {
    Map<String, Object> parameters = new LinkedHashMap<>();
    String order = SORTABLE.getOrDefault(sortField, "r.createdAt") + (ascending ? " ASC" : " DESC");
    TypedQuery<QueueItem> query = em.createQuery(
        "SELECT NEW com.vianet.partnersupport.portal.console.QueueItem(r.id, r.number, r.title, p.name, r.kind,"
            + " s.name, r.category, r.severity, r.status, r.createdAt, r.firstContactAt, r.resolvedAt, u.displayName)"
            + " FROM SupportRequest r JOIN r.partner p LEFT JOIN r.service s LEFT JOIN AppUser u ON u.id = r.assignedTo"
            + where(filter, agentId, parameters) + " ORDER BY " + order + ", r.id",
        QueueItem.class);
    parameters.forEach(query::setParameter);
    return query.setFirstResult(first).setMaxResults(size).getResultList();
  }

  private static String where(QueueFilter filter, long agentId, Map<String, Object> parameters) {
    StringBuilder where = new StringBuilder(" WHERE 1 = 1");
    if (filter.getStatus() != null) {
      add(where, parameters, "r.status = :status", "status", filter.getStatus());
    } else {
      add(where, parameters, "r.status IN :statuses", "statuses", List.copyOf(RequestStatus.openStatuses()));
    }
    if (filter.getPartnerId() != null) {
      add(where, parameters, "r.partner.id = :partnerId", "partnerId", filter.getPartnerId());
    }
    if (filter.getKind() != null) {
      add(where, parameters, "r.kind = :kind", "kind", filter.getKind());
    }
    if (filter.getServiceId() != null) {
      add(where, parameters, "r.service.id = :serviceId", "serviceId", filter.getServiceId());
    }
    if (filter.getCategory() != null) {
      add(where, parameters, "r.category = :category", "category", filter.getCategory());
    }
    if (filter.getSeverity() != null) {
      add(where, parameters, "r.severity = :severity", "severity", filter.getSeverity());
    }
    if (filter.getAge() != null) {
      OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
      add(where, parameters, "r.createdAt <= :youngest", "youngest", now.minusDays(filter.getAge().fromDays));
      if (filter.getAge().toDays != Integer.MAX_VALUE) {
        add(where, parameters, "r.createdAt > :oldest", "oldest", now.minusDays(filter.getAge().toDays));
      }
    }
    if (filter.isMine()) {
      add(where, parameters, "r.assignedTo = :agentId", "agentId", agentId);
    } else if (filter.isUnassigned()) {
      where.append(" AND r.assignedTo IS NULL");
    }
    return where.toString();
  }

  private static void add(StringBuilder where, Map<String, Object> parameters, String condition, String name, Object value) {
    where.append(" AND ").append(condition);
    parameters.put(name, value);
  }
}
