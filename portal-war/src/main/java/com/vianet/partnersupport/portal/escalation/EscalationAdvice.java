package com.vianet.partnersupport.portal.escalation;

import com.vianet.partnersupport.core.request.RequestCategory;
import com.vianet.partnersupport.core.review.Effort;
import com.vianet.partnersupport.core.review.EscalationFacts;
import com.vianet.partnersupport.core.review.EscalationRules;
import com.vianet.partnersupport.core.review.Flag;
import com.vianet.partnersupport.core.review.RuleSettings;
import com.vianet.partnersupport.core.review.RuleSettingsStore;
import com.vianet.partnersupport.portal.config.DatabaseStartup;
import com.vianet.partnersupport.portal.security.PartnerScope;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

/**
 * The nightly review's rules run on an escalation being written, as advice: the same {@link
 * EscalationRules} with the same settings, on the facts the form already has (the history, the
 * partner's other escalations); what cannot be known before submitting (21Vianet's resolution, an
 * agent's verdict) is simply absent, so those rules stay silent.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class EscalationAdvice {

  /** Settings change by migration or by hand, rarely: read at most once a minute. */
  private static final Duration SETTINGS_TTL = Duration.ofMinutes(1);

  @PersistenceContext private EntityManager em;

  @Resource(lookup = DatabaseStartup.DATA_SOURCE)
  private DataSource dataSource;

  private volatile Map<String, RuleSettings> settings;
  private volatile Instant settingsRead = Instant.EPOCH;

  /** What the form says so far. */
  public record Draft(
      long customerId,
      Long serviceId,
      RequestCategory category,
      Long problemTypeId,
      String problemTypeName,
      String stepsTried,
      boolean anyBlocker,
      String evidence,
      int attachments,
      int selfHelpArticles) {}

  public List<AdviceItem> advise(PartnerScope scope, Draft draft) {
    long partnerId = scope.partnerId().orElseThrow();
    Map<String, RuleSettings> rules = settings();
    String steps = draft.stepsTried() == null ? "" : draft.stepsTried().strip();
    int days = (int) threshold(rules, "duplicate", "days", 7);
    EscalationFacts facts =
        new EscalationFacts(
            0,
            null,
            draft.category(),
            draft.problemTypeName(),
            steps,
            draft.anyBlocker(),
            draft.evidence() != null && !draft.evidence().isBlank(),
            draft.attachments(),
            draft.attachments() > 0 ? "attachment" : null,
            draft.selfHelpArticles(),
            earlierSameProblem(partnerId, draft, days),
            steps.isEmpty() ? 0 : sameStepsElsewhere(partnerId, steps),
            null,
            null,
            null);
    List<AdviceItem> advice = new ArrayList<>();
    for (Flag flag : EscalationRules.flags(facts, rules)) {
      advice.add(
          new AdviceItem(flag.ruleId(), flag.ruleVersion(), arguments(flag, facts, rules, days)));
    }
    return advice;
  }

  private static List<String> arguments(
      Flag flag, EscalationFacts facts, Map<String, RuleSettings> rules, int days) {
    return switch (flag.ruleId()) {
      case "self-help-available" -> List.of(String.valueOf(facts.selfHelpArticles()));
      case "duplicate" -> List.of(String.valueOf(facts.earlierSameProblem()), String.valueOf(days));
      case "no-troubleshooting" ->
          List.of(
              String.valueOf(
                  Effort.of(facts.stepsTried(), rules.get(flag.ruleId()).emptyPhrases()).units()),
              String.valueOf((int) threshold(rules, flag.ruleId(), "min-effort", 0)),
              String.valueOf(facts.sameStepsElsewhere()));
      default -> List.of();
    };
  }

  private int earlierSameProblem(long partnerId, Draft draft, int days) {
    if (draft.serviceId() == null || draft.problemTypeId() == null) {
      return 0;
    }
    return em.createQuery(
            "SELECT COUNT(r) FROM SupportRequest r WHERE r.partner.id = :partner"
                + " AND r.kind = com.vianet.partnersupport.core.request.RequestKind.ESCALATION"
                + " AND r.customer.id = :customer AND r.service.id = :service"
                + " AND r.problemType.id = :problemType AND r.createdAt >= :since",
            Long.class)
        .setParameter("partner", partnerId)
        .setParameter("customer", draft.customerId())
        .setParameter("service", draft.serviceId())
        .setParameter("problemType", draft.problemTypeId())
        .setParameter("since", OffsetDateTime.now(ZoneOffset.UTC).minusDays(days))
        .getSingleResult()
        .intValue();
  }

  private int sameStepsElsewhere(long partnerId, String steps) {
    return em.createQuery(
            "SELECT COUNT(j) FROM EscalationJustification j WHERE j.request.partner.id = :partner"
                + " AND j.stepsTried = :steps",
            Long.class)
        .setParameter("partner", partnerId)
        .setParameter("steps", steps)
        .getSingleResult()
        .intValue();
  }

  private static double threshold(
      Map<String, RuleSettings> rules, String rule, String name, double otherwise) {
    RuleSettings settings = rules.get(rule);
    return settings == null ? otherwise : settings.thresholds().getOrDefault(name, otherwise);
  }

  private Map<String, RuleSettings> settings() {
    if (settings == null || settingsRead.plus(SETTINGS_TTL).isBefore(Instant.now())) {
      try (Connection connection = dataSource.getConnection()) {
        settings = RuleSettingsStore.read(connection);
        settingsRead = Instant.now();
      } catch (SQLException e) {
        throw new IllegalStateException("The review's rule settings could not be read", e);
      }
    }
    return settings;
  }
}
