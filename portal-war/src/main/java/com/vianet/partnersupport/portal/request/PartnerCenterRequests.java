package com.vianet.partnersupport.portal.request;

import com.vianet.partnersupport.core.request.AttachmentPolicy;
import com.vianet.partnersupport.core.request.RequestNumbers;
import com.vianet.partnersupport.portal.config.DatabaseStartup;
import jakarta.annotation.Resource;
import javax.sql.DataSource;
import com.vianet.partnersupport.portal.customer.Customer;
import com.vianet.partnersupport.portal.customer.Subscription;
import com.vianet.partnersupport.portal.partner.Partner;
import com.vianet.partnersupport.portal.security.PartnerScope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.sql.Connection;
import java.sql.SQLException;
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

  @Resource(lookup = DatabaseStartup.DATA_SOURCE)
  private DataSource dataSource;

  /** Stores a new request (and its attachments) and returns its number. */
  public String submit(@NotNull PartnerScope scope, @NotNull Actor actor, @NotNull @Valid RequestDraft draft,
      @NotNull List<AttachmentUpload> attachments) {
    long partnerId = scope.partnerId().orElseThrow(() -> new RequestRejectedException("request.partnersOnly"));
    // A double click or a retried POST sends the same token: answer with the request it made.
    Optional<String> existing = em.createNamedQuery(SupportRequest.BY_SUBMISSION_TOKEN, String.class)
        .setParameter("token", draft.getSubmissionToken()).setParameter("partnerId", partnerId)
        .getResultStream().findFirst();
    if (existing.isPresent()) {
      return existing.get();
    }
    if (!draft.getCategory().isPartnerCenterCategory()) {
      throw new RequestRejectedException("request.categoryNotAllowed");
    }
    if (attachments.size() > AttachmentPolicy.MAX_FILES) {
      throw new RequestRejectedException("attachment.TOO_MANY", "", AttachmentPolicy.MAX_FILES);
    }
    ProblemType problemType = problemType(draft);
    Customer customer = null;
    Subscription subscription = null;
    if (draft.getCustomerId() != null) {
      customer = em.find(Customer.class, draft.getCustomerId());
      if (customer == null || !scope.includes(customer.getPartner().getId())) {
        LOG.warning(() -> "Refused customer " + draft.getCustomerId() + " outside " + scope);
        throw new RequestRejectedException("request.customerNotYours");
      }
    }
    if (draft.getSubscriptionId() != null) {
      subscription = em.find(Subscription.class, draft.getSubscriptionId());
      if (subscription == null || customer == null || !subscription.getCustomer().getId().equals(customer.getId())) {
        throw new RequestRejectedException("request.subscriptionNotOfCustomer");
      }
    }
    OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
    String number = RequestNumbers.format(nextNumber());
    SupportRequest request = SupportRequest.partnerCenterRequest(number, em.getReference(Partner.class, partnerId),
        draft, problemType, customer, subscription, actor, now);
    for (AttachmentUpload upload : attachments) {
      request.attach(upload, actor, now);
    }
    em.persist(request);
    em.flush();
    LOG.info(() -> "Request " + number + " submitted by user " + actor.userId() + " with " + attachments.size() + " attachment(s)");
    return number;
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public Optional<SupportRequest> find(@NotNull PartnerScope scope, @NotBlank String number) {
    return em.createNamedQuery(SupportRequest.BY_NUMBER, SupportRequest.class)
        .setParameter("number", number)
        .getResultStream()
        .filter(r -> scope.includes(r.getPartner().getId()))
        .findFirst();
  }

  public void addNote(@NotNull PartnerScope scope, @NotBlank String number, @NotNull Actor actor,
      @NotBlank @Size(max = 4000) String text) {
    require(scope, number).addPartnerNote(text, actor, OffsetDateTime.now(ZoneOffset.UTC));
  }

  public void close(@NotNull PartnerScope scope, @NotBlank String number, @NotNull Actor actor,
      @Size(max = 4000) String reason) {
    require(scope, number).closeByPartner(reason, actor, OffsetDateTime.now(ZoneOffset.UTC));
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public List<AttachmentSummary> attachments(@NotNull PartnerScope scope, @NotBlank String number) {
    SupportRequest request = require(scope, number);
    return em.createNamedQuery(RequestAttachment.SUMMARIES_OF_REQUEST, AttachmentSummary.class)
        .setParameter("requestId", request.getId())
        .getResultList();
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public Optional<RequestAttachment> attachment(@NotNull PartnerScope scope, @NotBlank String number, long id) {
    return em.createNamedQuery(RequestAttachment.OF_REQUEST, RequestAttachment.class)
        .setParameter("id", id).setParameter("number", number)
        .getResultStream()
        .filter(a -> scope.includes(a.getRequest().getPartner().getId()))
        .findFirst();
  }

  /** The problem types a Partner Center request can be filed under, as support topics. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<ProblemType> supportTopics() {
    return em.createQuery("SELECT p FROM ProblemType p WHERE p.active = TRUE AND p.category IN :categories"
            + " ORDER BY p.category, p.name", ProblemType.class)
        .setParameter("categories", com.vianet.partnersupport.core.request.RequestCategory.partnerCenterCategories())
        .getResultList();
  }

  private SupportRequest require(PartnerScope scope, String number) {
    return find(scope, number).orElseThrow(() -> new RequestRejectedException("request.notFound", number));
  }

  private ProblemType problemType(RequestDraft draft) {
    if (draft.getProblemTypeId() == null) {
      return null;
    }
    ProblemType type = em.find(ProblemType.class, draft.getProblemTypeId());
    if (type == null || !type.isActive() || type.getCategory() != draft.getCategory()) {
      throw new RequestRejectedException("request.problemTypeNotInCategory");
    }
    return type;
  }

  private long nextNumber() {
    // Sequence values are not transactional, so any pooled connection will do.
    try (Connection connection = dataSource.getConnection()) {
      return RequestNumbers.reserve(connection, 1)[0];
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot take a request number", e);
    }
  }
}
