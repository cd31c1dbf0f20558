package com.vianet.partnersupport.portal.remediation;

import com.vianet.partnersupport.core.remediation.PlanStatus;
import com.vianet.partnersupport.portal.security.PartnerScope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.persistence.TypedQuery;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Pages of remediation plans, newest first, in the caller's scope. */
@ApplicationScoped
@Transactional
public class PlanSearch {

  @PersistenceContext private EntityManager em;

  public long count(@NotNull PartnerScope scope, PlanStatus status) {
    Map<String, Object> parameters = new LinkedHashMap<>();
    TypedQuery<Long> query = em.createQuery("SELECT COUNT(p) FROM RemediationPlan p"
        + where(scope, status, parameters), Long.class);
    parameters.forEach(query::setParameter);
    return query.getSingleResult();
  }

  public List<PlanListItem> page(@NotNull PartnerScope scope, PlanStatus status, @Min(0) int first,
      @Min(1) @Max(500) int size) {
    Map<String, Object> parameters = new LinkedHashMap<>();
    TypedQuery<PlanListItem> query = em.createQuery(
        "SELECT NEW com.vianet.partnersupport.portal.remediation.PlanListItem(p.id, pa.name, p.status, p.createdAt,"
            + " p.meetingAt, p.updatedAt) FROM RemediationPlan p JOIN p.partner pa"
            + where(scope, status, parameters) + " ORDER BY p.createdAt DESC, p.id DESC",
        PlanListItem.class);
    parameters.forEach(query::setParameter);
    return query.setFirstResult(first).setMaxResults(size).getResultList();
  }

  private static String where(PartnerScope scope, PlanStatus status, Map<String, Object> parameters) {
    StringBuilder where = new StringBuilder(" WHERE 1 = 1");
    scope.partnerId().ifPresent(id -> {
      where.append(" AND p.partner.id = :partnerId");
      parameters.put("partnerId", id);
    });
    if (status != null) {
      where.append(" AND p.status = :status");
      parameters.put("status", status);
    }
    return where.toString();
  }
}
