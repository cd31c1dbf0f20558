package com.vianet.partnersupport.portal.dashboard;

import com.vianet.partnersupport.core.request.RequestStatus;
import com.vianet.partnersupport.core.user.Action;
import com.vianet.partnersupport.portal.security.PartnerScope;
import com.vianet.partnersupport.portal.table.CappedCount;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The dashboards' figures. Live counts are indexed queries within the caller's scope; weekly
 * figures come from the nightly review's escalation_weekly_aggregate, never from a scan of the
 * weeks' requests on each page view.
 */
@ApplicationScoped
@Transactional
public class DashboardFigures {

  @PersistenceContext private EntityManager em;

  /** Escalations of the last weeks, oldest first; the partner's only for partner users. */
  public List<WeekFigures> weeks(
      @NotNull PartnerScope scope, Long partnerId, Long serviceId, int weeks) {
    scope.require(Action.READ_REQUESTS);
    Long partner = scope.partnerId().orElse(partnerId);
    StringBuilder sql =
        new StringBuilder(
            "SELECT iso_week, SUM(escalations), SUM(appropriate), SUM(inappropriate),"
                + " SUM(unreviewed) FROM escalation_weekly_aggregate WHERE 1 = 1");
    if (partner != null) {
      sql.append(" AND partner_id = ?1");
    }
    if (serviceId != null) {
      sql.append(" AND service_id = ?2");
    }
    sql.append(" GROUP BY iso_week ORDER BY iso_week DESC");
    Query query = em.createNativeQuery(sql.toString()).setMaxResults(weeks);
    if (partner != null) {
      query.setParameter(1, partner);
    }
    if (serviceId != null) {
      query.setParameter(2, serviceId);
    }
    List<WeekFigures> figures = new ArrayList<>();
    for (Object row : query.getResultList()) {
      Object[] r = (Object[]) row;
      figures.add(new WeekFigures((String) r[0], n(r[1]), n(r[2]), n(r[3]), n(r[4])));
    }
    Collections.reverse(figures);
    return figures;
  }

  /** The partners with the most escalations in a week, with how many were inappropriate. */
  public Map<String, long[]> topPartners(@NotNull PartnerScope scope, String isoWeek, int top) {
    scope.require(Action.READ_REPORTS);
    Map<String, long[]> partners = new LinkedHashMap<>();
    for (Object row :
        em.createNativeQuery(
                "SELECT p.name, SUM(a.escalations), SUM(a.inappropriate) FROM"
                    + " escalation_weekly_aggregate a JOIN partner p ON p.id = a.partner_id WHERE"
                    + " a.iso_week = ?1 GROUP BY p.name ORDER BY 2 DESC, p.name")
            .setParameter(1, isoWeek)
            .setMaxResults(top)
            .getResultList()) {
      Object[] r = (Object[]) row;
      partners.put((String) r[0], new long[] {n(r[1]), n(r[2])});
    }
    return partners;
  }

  /** Verdicts 21Vianet gave on the partner's escalations since a moment. */
  public long verdictsSince(@NotNull PartnerScope scope, OffsetDateTime since) {
    long partner = scope.partnerId().orElseThrow();
    return count(
        "SELECT COUNT(*) FROM escalation_verdict v JOIN support_request r ON r.id = v.request_id"
            + " WHERE r.partner_id = ?1 AND v.decided_at >= ?2",
        partner,
        since);
  }

  /** The partner's remediation actions not done and due by a day. */
  public long actionsDueBy(@NotNull PartnerScope scope, LocalDate day) {
    if (!scope.may(Action.READ_PLANS)) {
      return 0;
    }
    long partner = scope.partnerId().orElseThrow();
    return count(
        "SELECT COUNT(*) FROM remediation_action a JOIN remediation_plan p ON p.id = a.plan_id"
            + " WHERE p.partner_id = ?1 AND a.done_at IS NULL AND a.due_on <= ?2",
        partner,
        day);
  }

  /** Open requests of 21Vianet's move assigned to the agent. */
  public long assignedTo(@NotNull PartnerScope scope, long agentId) {
    scope.require(Action.WORK_REQUEST);
    return CappedCount.of(
        em.createNativeQuery(
                "SELECT id FROM support_request WHERE assigned_to = ?1 AND status IN "
                    + RequestStatus.onTheQueueSql())
            .setParameter(1, agentId));
  }

  public long unassigned(@NotNull PartnerScope scope) {
    scope.require(Action.WORK_REQUEST);
    return CappedCount.of(
        em.createNativeQuery(
            "SELECT id FROM support_request WHERE assigned_to IS NULL AND status IN "
                + RequestStatus.onTheQueueSql()));
  }

  /**
   * Open requests a target of which falls due before a moment (or already has), by severity, each
   * counted up to the cap (index on severity and due time).
   */
  public Map<String, Long> dueBeforeBySeverity(@NotNull PartnerScope scope, OffsetDateTime before) {
    scope.requireStaff();
    Map<String, Long> bySeverity = new LinkedHashMap<>();
    for (String severity : List.of("CRITICAL", "MODERATE", "MINIMAL")) {
      bySeverity.put(
          severity,
          CappedCount.of(
              em.createNativeQuery(
                      "SELECT id FROM support_request WHERE severity = ?1 AND next_due_at < ?2")
                  .setParameter(1, severity)
                  .setParameter(2, before)));
    }
    return bySeverity;
  }

  /** Contacts the agent logged since a moment (the start of their day). */
  public long contactsSince(@NotNull PartnerScope scope, long agentId, OffsetDateTime since) {
    scope.require(Action.WORK_REQUEST);
    return count(
        "SELECT COUNT(*) FROM request_contact WHERE agent_id = ?1 AND contacted_at >= ?2",
        agentId,
        since);
  }

  private long count(String sql, Object... parameters) {
    Query query = em.createNativeQuery(sql);
    for (int i = 0; i < parameters.length; i++) {
      query.setParameter(i + 1, parameters[i]);
    }
    return n(query.getSingleResult());
  }

  private static long n(Object value) {
    return value == null ? 0 : ((Number) value).longValue();
  }
}
