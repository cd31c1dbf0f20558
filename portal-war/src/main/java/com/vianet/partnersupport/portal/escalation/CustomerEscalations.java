package com.vianet.partnersupport.portal.escalation;

import com.vianet.partnersupport.core.request.Resolution;
import com.vianet.partnersupport.core.user.Action;
import com.vianet.partnersupport.portal.customer.Customer;
import com.vianet.partnersupport.portal.customer.Subscription;
import com.vianet.partnersupport.portal.partner.Partner;
import com.vianet.partnersupport.portal.request.Actor;
import com.vianet.partnersupport.portal.request.AttachmentContents;
import com.vianet.partnersupport.portal.request.AttachmentUpload;
import com.vianet.partnersupport.portal.request.ProblemType;
import com.vianet.partnersupport.portal.request.RequestDraft;
import com.vianet.partnersupport.portal.request.RequestIntake;
import com.vianet.partnersupport.portal.request.RequestRejectedException;
import com.vianet.partnersupport.portal.request.SubmitOnce;
import com.vianet.partnersupport.portal.request.SupportRequest;
import com.vianet.partnersupport.portal.security.PartnerScope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * A customer's problem, handled by the partner first: kept as deflected when the partner solved it
 * or guided the customer, escalated to 21Vianet with a justification when it is a blocker.
 */
@ApplicationScoped
@Transactional
public class CustomerEscalations {

  private static final Logger LOG = Logger.getLogger(CustomerEscalations.class.getName());

  @PersistenceContext private EntityManager em;
  @Inject private com.vianet.partnersupport.portal.request.RequestIndex index;
  @Inject private RequestIntake intake;
  @Inject private SubmitOnce once;
  @Inject private AttachmentContents contents;

  /** Escalates to 21Vianet; returns the request number. */
  public String escalate(
      @NotNull PartnerScope scope,
      @NotNull Actor actor,
      @NotNull @Valid RequestDraft draft,
      @NotNull @Valid JustificationDraft justification,
      @NotNull List<AttachmentUpload> attachments) {
    return escalate(scope, actor, draft, justification, attachments, List.of());
  }

  /** As above, recording the review's advice the partner was shown and submitted despite. */
  public String escalate(
      @NotNull PartnerScope scope,
      @NotNull Actor actor,
      @NotNull @Valid RequestDraft draft,
      @NotNull @Valid JustificationDraft justification,
      @NotNull List<AttachmentUpload> attachments,
      @NotNull List<AdviceItem> advice) {
    scope.require(Action.ESCALATE_CUSTOMER_PROBLEM);
    long partnerId = partnerOf(scope);
    return once.store(
        draft.getSubmissionToken(),
        partnerId,
        () -> storeEscalation(scope, partnerId, actor, draft, justification, attachments, advice));
  }

  private String storeEscalation(
      PartnerScope scope,
      long partnerId,
      Actor actor,
      RequestDraft draft,
      JustificationDraft justification,
      List<AttachmentUpload> attachments,
      List<AdviceItem> advice) {
    Optional<String> existing = intake.alreadySubmitted(draft.getSubmissionToken(), partnerId);
    if (existing.isPresent()) {
      return existing.get();
    }
    intake.checkAttachmentCount(attachments);
    Checked checked = check(scope, draft);
    OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
    SupportRequest request =
        SupportRequest.customerEscalation(
            intake.nextNumber(),
            em.getReference(Partner.class, partnerId),
            draft,
            checked.problemType(),
            checked.customer(),
            checked.subscription(),
            actor,
            now);
    attachments.forEach(upload -> request.attach(upload, actor, now));
    em.persist(request);
    index.index(request);
    intake.announce(request);
    // The justification shares the request's id, which the database assigns on insert.
    contents.store(request);
    em.persist(
        new EscalationJustification(
            request,
            justification.getStepsTried(),
            EnumSet.copyOf(justification.getBlockers()),
            justification.getEvidence()));
    recordAdvice(request, advice, now);
    em.flush();
    LOG.info(
        () ->
            "Escalation "
                + request.getNumber()
                + " for customer "
                + checked.customer().getId()
                + " by user "
                + actor.userId());
    return request.getNumber();
  }

  /**
   * Keeps a case the partner resolved itself or guided the customer through; returns its number.
   */
  public String deflect(
      @NotNull PartnerScope scope,
      @NotNull Actor actor,
      @NotNull @Valid RequestDraft draft,
      @NotNull Resolution resolution) {
    return deflect(scope, actor, draft, resolution, List.of());
  }

  /** As above, after the review's advice on the escalation the partner then did not submit. */
  public String deflect(
      @NotNull PartnerScope scope,
      @NotNull Actor actor,
      @NotNull @Valid RequestDraft draft,
      @NotNull Resolution resolution,
      @NotNull List<AdviceItem> advice) {
    scope.require(Action.RECORD_DEFLECTED_CASE);
    if (!resolution.isDeflection()) {
      throw new RequestRejectedException("escalation.notADeflection");
    }
    long partnerId = partnerOf(scope);
    return once.store(
        draft.getSubmissionToken(),
        partnerId,
        () -> storeDeflected(scope, partnerId, actor, draft, resolution, advice));
  }

  private String storeDeflected(
      PartnerScope scope,
      long partnerId,
      Actor actor,
      RequestDraft draft,
      Resolution resolution,
      List<AdviceItem> advice) {
    Optional<String> existing = intake.alreadySubmitted(draft.getSubmissionToken(), partnerId);
    if (existing.isPresent()) {
      return existing.get();
    }
    Checked checked = check(scope, draft);
    SupportRequest request =
        SupportRequest.deflectedCase(
            intake.nextNumber(),
            em.getReference(Partner.class, partnerId),
            draft,
            checked.problemType(),
            checked.customer(),
            checked.subscription(),
            resolution,
            actor,
            OffsetDateTime.now(ZoneOffset.UTC));
    em.persist(request);
    index.index(request);
    recordAdvice(request, advice, OffsetDateTime.now(ZoneOffset.UTC));
    em.flush();
    return request.getNumber();
  }

  private void recordAdvice(SupportRequest request, List<AdviceItem> advice, OffsetDateTime now) {
    advice.stream()
        .map(AdviceItem::ruleId)
        .distinct()
        .forEach(
            rule ->
                em.persist(
                    new AdviceShown(
                        request,
                        advice.stream()
                            .filter(a -> a.ruleId().equals(rule))
                            .findFirst()
                            .orElseThrow(),
                        now)));
  }

  /** The advice shown before the request was submitted or recorded, by rule. */
  public List<AdviceShown> adviceShown(long requestId) {
    return em.createNamedQuery(AdviceShown.OF_REQUEST, AdviceShown.class)
        .setParameter("requestId", requestId)
        .getResultList();
  }

  public Optional<EscalationJustification> justification(long requestId) {
    return em.createNamedQuery(EscalationJustification.OF_REQUEST, EscalationJustification.class)
        .setParameter("requestId", requestId)
        .getResultStream()
        .findFirst();
  }

  /** Articles and checks for a problem type with one service (or with any service). */
  public List<SelfHelpArticle> selfHelp(long problemTypeId, long serviceId) {
    return em.createNamedQuery(SelfHelpArticle.FOR_PROBLEM_TYPE, SelfHelpArticle.class)
        .setParameter("problemTypeId", problemTypeId)
        .setParameter("serviceId", serviceId)
        .getResultList();
  }

  public Optional<ServiceHealth> health(long serviceId) {
    return Optional.ofNullable(em.find(ServiceHealth.class, serviceId));
  }

  private record Checked(Customer customer, Subscription subscription, ProblemType problemType) {}

  private Checked check(PartnerScope scope, RequestDraft draft) {
    if (draft.getCategory().isPartnerCenterCategory()) {
      throw new RequestRejectedException("escalation.categoryNotAllowed");
    }
    Customer customer = intake.customer(scope, draft.getCustomerId());
    Subscription subscription =
        intake.subscription(customer, draft.getSubscriptionId(), "escalation.serviceNotSubscribed");
    return new Checked(customer, subscription, intake.problemType(draft));
  }

  private static long partnerOf(PartnerScope scope) {
    return scope
        .partnerId()
        .orElseThrow(() -> new RequestRejectedException("request.partnersOnly"));
  }
}
