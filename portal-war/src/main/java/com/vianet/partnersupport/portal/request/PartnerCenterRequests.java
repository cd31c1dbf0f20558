package com.vianet.partnersupport.portal.request;

import com.vianet.partnersupport.core.user.Action;
import com.vianet.partnersupport.portal.customer.Customer;
import com.vianet.partnersupport.portal.customer.Subscription;
import com.vianet.partnersupport.portal.download.DownloadRecord;
import com.vianet.partnersupport.portal.download.DownloadRecords;
import com.vianet.partnersupport.portal.partner.Partner;
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
import java.util.Optional;
import java.util.logging.Logger;

/**
 * The partner's own requests to 21Vianet: submit, read, add information, close. Every method takes
 * the caller's scope, and a request outside it is treated as not there at all.
 */
@ApplicationScoped
@Transactional
public class PartnerCenterRequests {

  private static final Logger LOG = Logger.getLogger(PartnerCenterRequests.class.getName());

  @PersistenceContext private EntityManager em;

  @Inject private RequestIndex index;
  @Inject private RequestIntake intake;
  @Inject private SubmitOnce once;
  @Inject private DownloadRecords downloads;
  @Inject private AttachmentContents contents;

  /** Stores a new request (and its attachments) once per submission token; returns its number. */
  public String submit(
      @NotNull PartnerScope scope,
      @NotNull Actor actor,
      @NotNull @Valid RequestDraft draft,
      @NotNull List<AttachmentUpload> attachments) {
    scope.require(Action.SUBMIT_REQUEST);
    long partnerId =
        scope.partnerId().orElseThrow(() -> new RequestRejectedException("request.partnersOnly"));
    return once.store(
        draft.getSubmissionToken(),
        partnerId,
        () -> store(scope, partnerId, actor, draft, attachments));
  }

  private String store(
      PartnerScope scope,
      long partnerId,
      Actor actor,
      RequestDraft draft,
      List<AttachmentUpload> attachments) {
    Optional<String> existing = intake.alreadySubmitted(draft.getSubmissionToken(), partnerId);
    if (existing.isPresent()) {
      return existing.get();
    }
    if (!draft.getCategory().isPartnerCenterCategory()) {
      throw new RequestRejectedException("request.categoryNotAllowed");
    }
    intake.checkAttachmentCount(attachments);
    ProblemType problemType = intake.problemType(draft);
    Customer customer =
        draft.getCustomerId() == null ? null : intake.customer(scope, draft.getCustomerId());
    Subscription subscription =
        draft.getSubscriptionId() == null
            ? null
            : intake.subscription(
                customer, draft.getSubscriptionId(), "request.subscriptionNotOfCustomer");
    OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
    String number = intake.nextNumber();
    SupportRequest request =
        SupportRequest.partnerCenterRequest(
            number,
            em.getReference(Partner.class, partnerId),
            draft,
            problemType,
            customer,
            subscription,
            actor,
            now);
    for (AttachmentUpload upload : attachments) {
      request.attach(upload, actor, now);
    }
    em.persist(request);
    index.index(request);
    contents.store(request);
    intake.announce(request);
    LOG.info(
        () ->
            "Request "
                + number
                + " submitted by user "
                + actor.userId()
                + " with "
                + attachments.size()
                + " attachment(s)");
    return number;
  }

  public Optional<SupportRequest> find(@NotNull PartnerScope scope, @NotBlank String number) {
    return em.createNamedQuery(SupportRequest.BY_NUMBER, SupportRequest.class)
        .setParameter("number", number)
        .getResultStream()
        .filter(r -> scope.includes(r.getPartner().getId()))
        .findFirst();
  }

  public void addNote(
      @NotNull PartnerScope scope,
      @NotBlank String number,
      @NotNull Actor actor,
      @NotBlank @Size(max = 4000) String text) {
    scope.require(Action.ADD_NOTE);
    require(scope, number).addPartnerNote(text, actor, OffsetDateTime.now(ZoneOffset.UTC));
  }

  public void close(
      @NotNull PartnerScope scope,
      @NotBlank String number,
      @NotNull Actor actor,
      @Size(max = 4000) String reason) {
    scope.require(Action.CLOSE_REQUEST);
    require(scope, number).closeByPartner(reason, actor, OffsetDateTime.now(ZoneOffset.UTC));
  }

  /**
   * A page of the caller's Partner Center requests, newest first, each with its timeline and its
   * attachments: three queries whatever the page's size (the timelines are read in one batch).
   */
  public List<PagedRequest> newestFirst(@NotNull PartnerScope scope, int offset, int size) {
    scope.require(Action.READ_REQUESTS);
    jakarta.persistence.TypedQuery<SupportRequest> query =
        em.createQuery(
                "SELECT r FROM SupportRequest r JOIN FETCH r.partner WHERE r.kind = :kind"
                    + (scope.partnerId().isPresent() ? " AND r.partner.id = :partnerId" : "")
                    + " ORDER BY r.createdAt DESC, r.id DESC",
                SupportRequest.class)
            .setParameter("kind", com.vianet.partnersupport.core.request.RequestKind.PARTNER);
    scope.partnerId().ifPresent(id -> query.setParameter("partnerId", id));
    List<SupportRequest> page =
        query
            .setFirstResult(offset)
            .setMaxResults(size)
            .setHint("eclipselink.batch", "r.history")
            .setHint("eclipselink.batch.type", "IN")
            .getResultList();
    java.util.Map<Long, List<AttachmentSummary>> files = new java.util.HashMap<>();
    if (!page.isEmpty()) {
      em.createNamedQuery(RequestAttachment.SUMMARIES_OF_REQUESTS, Object[].class)
          .setParameter("requestIds", page.stream().map(SupportRequest::getId).toList())
          .getResultList()
          .forEach(
              row ->
                  files
                      .computeIfAbsent((Long) row[0], id -> new java.util.ArrayList<>())
                      .add((AttachmentSummary) row[1]));
    }
    return page.stream()
        .map(r -> new PagedRequest(r, files.getOrDefault(r.getId(), List.of())))
        .toList();
  }

  /** A request of a page with its attachments. */
  public record PagedRequest(SupportRequest request, List<AttachmentSummary> attachments) {}

  public List<AttachmentSummary> attachments(@NotNull PartnerScope scope, @NotBlank String number) {
    SupportRequest request = require(scope, number);
    return em.createNamedQuery(RequestAttachment.SUMMARIES_OF_REQUEST, AttachmentSummary.class)
        .setParameter("requestId", request.getId())
        .getResultList();
  }

  /** An attachment handed out to the caller, the download recorded (who, which file, when). */
  public Optional<RequestAttachment> download(
      @NotNull PartnerScope scope,
      @NotNull Actor downloader,
      @NotBlank String number,
      long id,
      @NotNull DownloadRecord.Channel channel) {
    Optional<RequestAttachment> attachment =
        em.createNamedQuery(RequestAttachment.OF_REQUEST, RequestAttachment.class)
            .setParameter("id", id)
            .setParameter("number", number)
            .getResultStream()
            .filter(a -> scope.includes(a.getRequest().getPartner().getId()))
            .findFirst();
    attachment.ifPresent(
        a ->
            downloads.record(
                downloader, DownloadRecord.Kind.ATTACHMENT, id, a.getFileName(), channel));
    return attachment;
  }

  /** The problem types a Partner Center request can be filed under, as support topics. */
  public List<ProblemType> supportTopics() {
    return em.createQuery(
            "SELECT p FROM ProblemType p WHERE p.active = TRUE AND p.category IN :categories"
                + " ORDER BY p.category, p.name",
            ProblemType.class)
        .setParameter(
            "categories",
            com.vianet.partnersupport.core.request.RequestCategory.partnerCenterCategories())
        .getResultList();
  }

  private SupportRequest require(PartnerScope scope, String number) {
    return find(scope, number).orElseThrow(() -> new UnknownRequestException(number));
  }
}
