package com.vianet.partnersupport.portal.request;

import com.vianet.partnersupport.core.request.RequestNumbers;
import com.vianet.partnersupport.portal.config.DatabaseStartup;
import com.vianet.partnersupport.portal.customer.Customer;
import com.vianet.partnersupport.portal.customer.Subscription;
import com.vianet.partnersupport.portal.security.PartnerScope;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * The checks every new request passes, whatever its kind: the form was not submitted already, the
 * customer is the caller's, the subscription is that customer's, the problem type fits.
 */
@ApplicationScoped
public class RequestIntake {

  @Inject private Event<RequestQueued> queued;

  private static final Logger LOG = Logger.getLogger(RequestIntake.class.getName());

  @PersistenceContext private EntityManager em;

  @Resource(lookup = DatabaseStartup.DATA_SOURCE)
  private DataSource dataSource;

  /** The request a form with this token already made (a double click, a retried POST). */
  public Optional<String> alreadySubmitted(String token, long partnerId) {
    return em.createNamedQuery(SupportRequest.BY_SUBMISSION_TOKEN, String.class)
        .setParameter("token", token)
        .setParameter("partnerId", partnerId)
        .getResultStream()
        .findFirst();
  }

  public void checkAttachmentCount(java.util.List<AttachmentUpload> attachments) {
    if (attachments.size() > com.vianet.partnersupport.core.request.AttachmentPolicy.MAX_FILES) {
      throw new RequestRejectedException(
          "attachment.TOO_MANY",
          "",
          com.vianet.partnersupport.core.request.AttachmentPolicy.MAX_FILES);
    }
  }

  public ProblemType problemType(RequestDraft draft) {
    if (draft.getProblemTypeId() == null) {
      return null;
    }
    ProblemType type = em.find(ProblemType.class, draft.getProblemTypeId());
    if (type == null || !type.isActive() || type.getCategory() != draft.getCategory()) {
      throw new RequestRejectedException("request.problemTypeNotInCategory");
    }
    return type;
  }

  /** The caller's customer; a forged id of another partner's customer is refused, and logged. */
  public Customer customer(PartnerScope scope, Long customerId) {
    Customer customer = customerId == null ? null : em.find(Customer.class, customerId);
    if (customer == null || !scope.includes(customer.getPartner().getId())) {
      LOG.warning(() -> "Refused customer " + customerId + " outside " + scope);
      throw new RequestRejectedException("request.customerNotYours");
    }
    return customer;
  }

  public Subscription subscription(Customer customer, Long subscriptionId, String refusalKey) {
    Subscription subscription =
        subscriptionId == null ? null : em.find(Subscription.class, subscriptionId);
    if (subscription == null
        || customer == null
        || !subscription.getCustomer().getId().equals(customer.getId())) {
      throw new RequestRejectedException(refusalKey);
    }
    return subscription;
  }

  /** The next request number; sequence values are not transactional, so any connection will do. */
  /** Tells who watches the queue (the agents' alerts) about a request that reached it. */
  public void announce(SupportRequest request) {
    queued.fire(new RequestQueued(request.getNumber(), request.getSeverity()));
  }

  public String nextNumber() {
    try (Connection connection = dataSource.getConnection()) {
      return RequestNumbers.format(RequestNumbers.reserve(connection, 1)[0]);
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot take a request number", e);
    }
  }
}
