package com.vianet.partnersupport.portal.remediation;

import com.vianet.partnersupport.core.remediation.PlanStatus;
import com.vianet.partnersupport.core.user.Action;
import com.vianet.partnersupport.portal.security.PartnerScope;
import com.vianet.partnersupport.portal.table.Conditions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.util.List;

/** Pages of remediation plans, newest first, in the caller's scope. */
@ApplicationScoped
@Transactional
public class PlanSearch {

  @PersistenceContext private EntityManager em;

  public long count(@NotNull PartnerScope scope, PlanStatus status) {
    scope.require(Action.READ_PLANS);
    Conditions conditions = conditions(scope, status);
    return conditions
        .bind(
            em.createQuery(
                "SELECT COUNT(p) FROM RemediationPlan p" + conditions.where(), Long.class))
        .getSingleResult();
  }

  public List<PlanListItem> page(
      @NotNull PartnerScope scope,
      PlanStatus status,
      @Min(0) int first,
      @Min(1) @Max(500) int size) {
    scope.require(Action.READ_PLANS);
    Conditions conditions = conditions(scope, status);
    return conditions
        .bind(
            em.createQuery(
                "SELECT NEW com.vianet.partnersupport.portal.remediation.PlanListItem(p.id,"
                    + " pa.name, p.status, p.createdAt, p.meetingAt, p.updatedAt) FROM"
                    + " RemediationPlan p JOIN p.partner pa"
                    + conditions.where()
                    + " ORDER BY p.createdAt DESC, p.id DESC",
                PlanListItem.class))
        .setFirstResult(first)
        .setMaxResults(size)
        .getResultList();
  }

  private static Conditions conditions(PartnerScope scope, PlanStatus status) {
    Conditions conditions = new Conditions();
    scope.partnerId().ifPresent(id -> conditions.and("p.partner.id = :partnerId", "partnerId", id));
    if (status != null) {
      conditions.and("p.status = :status", "status", status);
    }
    return conditions;
  }
}
