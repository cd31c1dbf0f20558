package com.vianet.partnersupport.portal.escalation;

import com.vianet.partnersupport.core.review.ContestDecision;
import com.vianet.partnersupport.core.user.Action;
import com.vianet.partnersupport.portal.request.Actor;
import com.vianet.partnersupport.portal.request.RequestRejectedException;
import com.vianet.partnersupport.portal.request.SupportRequest;
import com.vianet.partnersupport.portal.security.PartnerScope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/**
 * Contesting an agent's "inappropriate" verdict: the partner admin once, with a reason; a
 * compliance reviewer upholds or overturns it. What counts from then on is the effective verdict.
 */
@ApplicationScoped
@Transactional
public class VerdictContests {

  @PersistenceContext private EntityManager em;

  public Optional<VerdictContest> of(long requestId) {
    return Optional.ofNullable(em.find(VerdictContest.class, requestId));
  }

  public void contest(
      @NotNull PartnerScope scope,
      @NotNull Actor actor,
      long requestId,
      @NotBlank @Size(max = 2000) String reason) {
    scope.require(Action.CONTEST_VERDICT);
    SupportRequest request =
        em.find(SupportRequest.class, requestId, LockModeType.PESSIMISTIC_WRITE);
    if (request == null || !scope.includes(request.getPartner().getId())) {
      throw new RequestRejectedException("contest.notFound");
    }
    EscalationVerdict verdict = em.find(EscalationVerdict.class, requestId);
    if (verdict == null || verdict.getVerdict() != EscalationVerdict.Verdict.INAPPROPRIATE) {
      throw new RequestRejectedException("contest.notInappropriate");
    }
    if (of(requestId).isPresent()) {
      throw new RequestRejectedException("contest.once");
    }
    em.persist(new VerdictContest(requestId, actor.userId(), reason.strip(), now()));
  }

  /** The contests no reviewer has decided yet, oldest first. */
  public List<ContestRow> open(@NotNull PartnerScope scope) {
    scope.require(Action.DECIDE_CONTEST);
    return em.createQuery(
            "SELECT NEW com.vianet.partnersupport.portal.escalation.ContestRow(c.requestId,"
                + " r.number, r.partner.name, c.reason, c.contestedAt, c.version)"
                + " FROM VerdictContest c, SupportRequest r, EscalationVerdict v"
                + " WHERE r.id = c.requestId AND v.requestId = c.requestId AND c.decision IS NULL"
                + " ORDER BY c.contestedAt, c.requestId",
            ContestRow.class)
        .getResultList();
  }

  public void decide(
      @NotNull PartnerScope scope,
      @NotNull Actor actor,
      long requestId,
      int version,
      @NotNull ContestDecision decision,
      @Size(max = 2000) String note) {
    scope.require(Action.DECIDE_CONTEST);
    VerdictContest contest =
        em.find(VerdictContest.class, requestId, LockModeType.PESSIMISTIC_WRITE);
    if (contest == null) {
      throw new RequestRejectedException("contest.notFound");
    }
    if (contest.getVersion() != version) {
      throw new OptimisticLockException(contest);
    }
    if (contest.getDecision() != null) {
      throw new RequestRejectedException("contest.decided");
    }
    contest.decide(
        decision, actor.userId(), note == null || note.isBlank() ? null : note.strip(), now());
  }

  private static OffsetDateTime now() {
    return OffsetDateTime.now(ZoneOffset.UTC);
  }
}
