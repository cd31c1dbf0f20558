package com.vianet.partnersupport.portal.console;

import com.vianet.partnersupport.core.request.RequestStatus;
import com.vianet.partnersupport.core.request.Resolution;
import com.vianet.partnersupport.core.request.Severity;
import com.vianet.partnersupport.core.user.Action;
import com.vianet.partnersupport.portal.escalation.EscalationVerdicts;
import com.vianet.partnersupport.portal.escalation.VerdictDraft;
import com.vianet.partnersupport.portal.notification.BundleText;
import com.vianet.partnersupport.portal.notification.Notifications;
import com.vianet.partnersupport.portal.notification.Recipient;
import com.vianet.partnersupport.portal.request.Actor;
import com.vianet.partnersupport.portal.request.RequestRejectedException;
import com.vianet.partnersupport.portal.request.SupportRequest;
import com.vianet.partnersupport.portal.request.UnknownRequestException;
import com.vianet.partnersupport.portal.security.PartnerScope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.logging.Logger;

/**
 * What a 21Vianet agent does to a request. Every change names the version the agent saw: if someone
 * changed the request since, the change is refused and nothing is overwritten. Reads run in a
 * transaction too: after a refused change rolled back, a query outside one found the request's
 * entity manager closed.
 */
@ApplicationScoped
@Transactional
public class SupportConsole {

  private static final Logger LOG = Logger.getLogger(SupportConsole.class.getName());

  @PersistenceContext private EntityManager em;

  @Inject private Notifications notifications;
  @Inject private EscalationVerdicts verdicts;

  public SupportRequest find(@NotNull PartnerScope scope, long requestId) {
    scope.requireStaff();
    SupportRequest request = em.find(SupportRequest.class, requestId);
    if (request == null) {
      throw new UnknownRequestException(requestId);
    }
    return request;
  }

  public List<RequestContact> contacts(@NotNull PartnerScope scope, long requestId) {
    scope.requireStaff();
    return em.createNamedQuery(RequestContact.OF_REQUEST, RequestContact.class)
        .setParameter("requestId", requestId)
        .getResultList();
  }

  /** The agent takes the request; if another agent took it first, the stale version says so. */
  public void take(
      @NotNull PartnerScope scope, long requestId, int seenVersion, @NotNull Actor agent) {
    scope.require(Action.WORK_REQUEST);
    SupportRequest request = editable(scope, requestId, seenVersion);
    request.assignTo(agent, agent, now());
    em.flush();
    LOG.info(() -> "Request " + request.getNumber() + " taken by user " + agent.userId());
  }

  public void logContact(
      @NotNull PartnerScope scope,
      long requestId,
      int seenVersion,
      @NotNull Actor agent,
      @NotNull @Valid ContactDraft contact) {
    scope.require(Action.WORK_REQUEST);
    SupportRequest request = editable(scope, requestId, seenVersion);
    OffsetDateTime now = now();
    OffsetDateTime contactedAt = contact.instant();
    request.logContact(contact.getMethod(), contactedAt, contact.getSummary(), agent, now);
    em.persist(
        new RequestContact(
            requestId,
            contact.getMethod(),
            contactedAt,
            contact.getSummary(),
            agent.userId(),
            now));
    notifications.send(
        requester(request), "contacted", request.getNumber(), request.getTitle(), agent.name());
    em.flush();
  }

  public void changeStatus(
      @NotNull PartnerScope scope,
      long requestId,
      int seenVersion,
      @NotNull Actor agent,
      @NotNull RequestStatus next,
      Resolution resolution,
      @Size(max = 4000) String note) {
    scope.require(Action.WORK_REQUEST);
    SupportRequest request = editable(scope, requestId, seenVersion);
    RequestStatus previous = request.getStatus();
    request.changeStatus(next, resolution, note, agent, now());
    notifications.send(
        requester(request),
        "statusChanged",
        request.getNumber(),
        request.getTitle(),
        new BundleText("status." + previous),
        new BundleText("status." + next),
        note == null ? "" : note.strip());
    em.flush();
  }

  public void lowerSeverity(
      @NotNull PartnerScope scope,
      long requestId,
      int seenVersion,
      @NotNull Actor agent,
      @NotNull Severity lower,
      @NotBlank @Size(max = 1000) String reason) {
    scope.require(Action.WORK_REQUEST);
    editable(scope, requestId, seenVersion).lowerSeverity(lower, reason, agent, now());
    em.flush();
  }

  public void recordVerdict(
      @NotNull PartnerScope scope,
      long requestId,
      int seenVersion,
      @NotNull Actor agent,
      @NotNull @Valid VerdictDraft draft) {
    scope.require(Action.JUDGE_ESCALATION);
    SupportRequest request = editable(scope, requestId, seenVersion);
    String readable = verdicts.record(request, draft, agent, now());
    notifications.send(
        requester(request),
        "verdict",
        request.getNumber(),
        request.getTitle(),
        new BundleText("verdict." + draft.getVerdict()),
        readable);
    em.flush();
  }

  private SupportRequest editable(PartnerScope scope, long requestId, int seenVersion) {
    SupportRequest request = find(scope, requestId);
    if (request.getVersion() != seenVersion) {
      throw new RequestRejectedException("console.changedMeanwhile", request.getNumber());
    }
    return request;
  }

  private static Recipient requester(SupportRequest request) {
    return new Recipient(
        request.getContactEmail(), request.getContactLanguage(), request.getContactTimeZone());
  }

  private static OffsetDateTime now() {
    return OffsetDateTime.now(ZoneOffset.UTC);
  }
}
