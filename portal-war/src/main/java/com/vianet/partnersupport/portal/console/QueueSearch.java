package com.vianet.partnersupport.portal.console;

import com.vianet.partnersupport.core.request.RequestStatus;
import com.vianet.partnersupport.portal.table.Conditions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

/**
 * The 21Vianet queue over all partners: filtered, sorted and paged in the database. Without a
 * status filter it shows open requests, oldest first, which the (status, severity, created) index
 * serves.
 */
@ApplicationScoped
@Transactional
public class QueueSearch {

  private static final Map<String, String> SORTABLE =
      Map.of(
          "number",
          "r.number",
          "severity",
          "r.severity",
          "status",
          "r.status",
          "createdAt",
          "r.createdAt",
          "partnerName",
          "p.name",
          "category",
          "r.category",
          "due",
          "r.nextDueAt");

  @PersistenceContext private EntityManager em;

  public long count(@NotNull QueueFilter filter, long agentId) {
    return conditions(filter, agentId).count(em, "FROM SupportRequest r");
  }

  public List<QueueItem> page(
      @NotNull QueueFilter filter,
      long agentId,
      @Min(0) int first,
      @Min(1) @Max(500) int size,
      String sortField,
      boolean ascending) {
    Conditions conditions = conditions(filter, agentId);
    String order =
        SORTABLE.getOrDefault(sortField == null ? "due" : sortField, "r.nextDueAt")
            + (ascending ? " ASC NULLS LAST" : " DESC NULLS LAST");
    TypedQuery<QueueItem> query =
        conditions.bind(
            em.createQuery(
                "SELECT NEW com.vianet.partnersupport.portal.console.QueueItem(r.id, r.number,"
                    + " r.title, p.name, r.kind, s.name, r.category, r.severity, r.status,"
                    + " r.createdAt, r.firstContactAt, r.resolvedAt, u.displayName) FROM"
                    + " SupportRequest r JOIN r.partner p LEFT JOIN r.service s LEFT JOIN AppUser u"
                    + " ON u.id = r.assignedTo"
                    + conditions.where()
                    + " ORDER BY "
                    + order
                    + ", r.id",
                QueueItem.class));
    return query.setFirstResult(first).setMaxResults(size).getResultList();
  }

  private static Conditions conditions(QueueFilter filter, long agentId) {
    Conditions conditions = new Conditions();
    com.vianet.partnersupport.portal.request.TextSearch.apply(conditions, filter.getText());
    if (filter.getStatus() != null) {
      conditions.and("r.status = :status", "status", filter.getStatus());
    } else {
      // Waiting for the partner is the partner's move: not 21Vianet's queue unless asked for.
      conditions.and("r.status IN :statuses", "statuses", List.copyOf(RequestStatus.onTheQueue()));
    }
    if (filter.getPartnerId() != null) {
      conditions.and("r.partner.id = :partnerId", "partnerId", filter.getPartnerId());
    }
    if (filter.getKind() != null) {
      conditions.and("r.kind = :kind", "kind", filter.getKind());
    }
    if (filter.getServiceId() != null) {
      conditions.and("r.service.id = :serviceId", "serviceId", filter.getServiceId());
    }
    if (filter.getCategory() != null) {
      conditions.and("r.category = :category", "category", filter.getCategory());
    }
    if (filter.getSeverity() != null) {
      conditions.and("r.severity = :severity", "severity", filter.getSeverity());
    }
    if (filter.getAge() != null) {
      OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
      conditions.and(
          "r.createdAt <= :youngest", "youngest", now.minusDays(filter.getAge().fromDays));
      if (filter.getAge().toDays != Integer.MAX_VALUE) {
        conditions.and("r.createdAt > :oldest", "oldest", now.minusDays(filter.getAge().toDays));
      }
    }
    if (filter.isBreachingSoon()) {
      conditions.and(
          "r.nextDueAt <= :soon",
          "soon",
          OffsetDateTime.now(ZoneOffset.UTC).plus(QueueFilter.BREACHING_SOON));
    }
    if (filter.isMine()) {
      conditions.and("r.assignedTo = :agentId", "agentId", agentId);
    } else if (filter.isUnassigned()) {
      conditions.and("r.assignedTo IS NULL");
    }
    return conditions;
  }
}
