package com.vianet.partnersupport.portal.escalation;

import com.vianet.partnersupport.portal.request.Actor;
import com.vianet.partnersupport.portal.request.RequestRejectedException;
import com.vianet.partnersupport.portal.request.SupportRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Verdicts on escalations: recorded by agents, read by the partner on its request. */
@ApplicationScoped
@Transactional
public class EscalationVerdicts {

  @PersistenceContext private EntityManager em;

  public List<VerdictReason> reasons() {
    return em.createNamedQuery(VerdictReason.ACTIVE, VerdictReason.class).getResultList();
  }

  public Optional<EscalationVerdict> of(long requestId) {
    return Optional.ofNullable(em.find(EscalationVerdict.class, requestId));
  }

  /** The verdict's reasons in a language, in the list's order. */
  public List<String> reasonLabels(EscalationVerdict verdict, Locale locale) {
    return reasons().stream()
        .filter(r -> verdict.getReasonCodes().contains(r.getCode()))
        .map(
            r ->
                r.getCode().equals(VerdictReason.OTHER) && verdict.getOtherReason() != null
                    ? r.label(locale) + ": " + verdict.getOtherReason()
                    : r.label(locale))
        .toList();
  }

  /**
   * Records (or revises) the verdict, writes it on the request's timeline; returns the readable
   * reasons.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public String record(
      SupportRequest request, VerdictDraft draft, Actor agent, OffsetDateTime now) {
    Map<String, VerdictReason> known =
        reasons().stream().collect(Collectors.toMap(VerdictReason::getCode, Function.identity()));
    Set<String> codes = new LinkedHashSet<>();
    if (draft.getVerdict() == EscalationVerdict.Verdict.INAPPROPRIATE) {
      for (String code : draft.getReasonCodes()) {
        if (!known.containsKey(code)) {
          throw new RequestRejectedException("verdict.unknownReason", code);
        }
        codes.add(code);
      }
    }
    String other = codes.contains(VerdictReason.OTHER) ? draft.getOtherReason().strip() : null;
    String readable =
        codes.stream()
            .map(
                c ->
                    c.equals(VerdictReason.OTHER)
                        ? known.get(c).getLabelEn() + ": " + other
                        : known.get(c).getLabelEn())
            .collect(Collectors.joining("; "));
    EscalationVerdict verdict =
        of(request.getId())
            .orElseGet(
                () -> {
                  EscalationVerdict created = new EscalationVerdict(request.getId());
                  em.persist(created);
                  return created;
                });
    verdict.decide(draft.getVerdict(), codes, readable, other, agent.userId(), now);
    request.recordVerdict(draft.getVerdict(), agent, now);
    return readable;
  }
}
