package com.vianet.partnersupport.portal.request;

import com.vianet.partnersupport.core.request.ContactMethod;
import com.vianet.partnersupport.core.request.RequestCategory;
import com.vianet.partnersupport.core.request.RequestKind;
import com.vianet.partnersupport.core.request.RequestStatus;
import com.vianet.partnersupport.core.request.Resolution;
import com.vianet.partnersupport.core.request.Severity;
import com.vianet.partnersupport.portal.customer.CloudService;
import com.vianet.partnersupport.portal.customer.Customer;
import com.vianet.partnersupport.portal.customer.Subscription;
import com.vianet.partnersupport.portal.partner.Partner;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * A request for help sent to 21Vianet: the partner's own, or a customer's escalated problem. Every
 * change goes through a method here that also writes the history entry, so the two cannot part.
 */
@Entity
@Table(name = "support_request")
@jakarta.persistence.EntityListeners(com.vianet.partnersupport.portal.console.DueInstants.class)
@NamedQuery(
    name = SupportRequest.IDS_BY_STATUS,
    query = "SELECT r.id FROM SupportRequest r WHERE r.status = :status")
@NamedQuery(
    name = SupportRequest.IDS_BY_STATUS_FOR_PARTNER,
    query =
        "SELECT r.id FROM SupportRequest r WHERE r.partner.id = :partnerId AND r.status = :status")
@NamedQuery(
    name = SupportRequest.BY_NUMBER,
    query = "SELECT r FROM SupportRequest r WHERE r.number = :number")
@NamedQuery(
    name = SupportRequest.BY_SUBMISSION_TOKEN,
    query =
        "SELECT r.number FROM SupportRequest r WHERE r.submissionToken = :token AND r.partner.id ="
            + " :partnerId")
public class SupportRequest {

  public static final String IDS_BY_STATUS = "SupportRequest.idsByStatus";
  public static final String IDS_BY_STATUS_FOR_PARTNER = "SupportRequest.idsByStatusForPartner";
  public static final String BY_NUMBER = "SupportRequest.byNumber";
  public static final String BY_SUBMISSION_TOKEN = "SupportRequest.bySubmissionToken";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "request_number", nullable = false, unique = true, length = 20)
  private String number;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "partner_id")
  private Partner partner;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private RequestKind kind;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 40)
  private RequestCategory category;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "problem_type_id")
  private ProblemType problemType;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 10)
  private Severity severity;

  @Column(nullable = false, length = 200)
  private String title;

  @Column(nullable = false, length = 10000)
  private String description;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "customer_id")
  private Customer customer;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "subscription_id")
  private Subscription subscription;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "service_id")
  private CloudService service;

  @Column(name = "contact_name", nullable = false, length = 200)
  private String contactName;

  @Column(name = "contact_email", nullable = false, length = 254)
  private String contactEmail;

  @Column(name = "contact_phone", length = 40)
  private String contactPhone;

  @Enumerated(EnumType.STRING)
  @Column(name = "preferred_contact", nullable = false, length = 10)
  private ContactMethod preferredContact;

  @Column(name = "contact_time_zone", nullable = false, length = 40)
  private String contactTimeZone;

  @Column(name = "contact_language", nullable = false, length = 10)
  private String contactLanguage;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private RequestStatus status;

  @Enumerated(EnumType.STRING)
  @Column(length = 30)
  private Resolution resolution;

  @Column(name = "created_by", nullable = false)
  private Long createdBy;

  @Column(name = "assigned_to")
  private Long assignedTo;

  @Column(name = "created_at", nullable = false)
  private OffsetDateTime createdAt;

  @Column(name = "updated_at", nullable = false)
  private OffsetDateTime updatedAt;

  @Column(name = "first_contact_at")
  private OffsetDateTime firstContactAt;

  @Column(name = "resolved_at")
  private OffsetDateTime resolvedAt;

  @Column(name = "closed_at")
  private OffsetDateTime closedAt;

  @Column(name = "first_response_due_at")
  private OffsetDateTime firstResponseDueAt;

  @Column(name = "resolution_due_at")
  private OffsetDateTime resolutionDueAt;

  /** The nearer of the two: the queue's order. */
  @Column(name = "next_due_at")
  private OffsetDateTime nextDueAt;

  @Column(name = "due_computed_for", length = 64)
  private String dueComputedFor;

  @Column(name = "submission_token", length = 36)
  private String submissionToken;

  @Version private int version;

  @OneToMany(mappedBy = "request", cascade = CascadeType.PERSIST)
  @OrderBy("createdAt, id")
  private List<RequestHistory> history = new ArrayList<>();

  @OneToMany(mappedBy = "request", cascade = CascadeType.PERSIST)
  private List<RequestAttachment> attachments = new ArrayList<>();

  protected SupportRequest() {}

  /** A new Partner Center request from a partner: submitted, with its first history entry. */
  static SupportRequest partnerCenterRequest(
      String number,
      Partner partner,
      RequestDraft draft,
      ProblemType problemType,
      Customer customer,
      Subscription subscription,
      Actor actor,
      OffsetDateTime now) {
    return submitted(
        RequestKind.PARTNER,
        number,
        partner,
        draft,
        problemType,
        customer,
        subscription,
        actor,
        now);
  }

  /**
   * A customer's problem escalated to 21Vianet: submitted, for a customer and one of its services.
   */
  public static SupportRequest customerEscalation(
      String number,
      Partner partner,
      RequestDraft draft,
      ProblemType problemType,
      Customer customer,
      Subscription subscription,
      Actor actor,
      OffsetDateTime now) {
    return submitted(
        RequestKind.ESCALATION,
        number,
        partner,
        draft,
        problemType,
        customer,
        subscription,
        actor,
        now);
  }

  /**
   * A customer's problem the partner solved itself or guided the customer through: kept, resolved
   * at once, so the reports count it as deflected.
   */
  public static SupportRequest deflectedCase(
      String number,
      Partner partner,
      RequestDraft draft,
      ProblemType problemType,
      Customer customer,
      Subscription subscription,
      Resolution resolution,
      Actor actor,
      OffsetDateTime now) {
    SupportRequest r =
        submitted(
            RequestKind.DEFLECTED,
            number,
            partner,
            draft,
            problemType,
            customer,
            subscription,
            actor,
            now);
    r.resolution = resolution;
    r.moveTo(RequestStatus.RESOLVED, actor, now);
    return r;
  }

  private static SupportRequest submitted(
      RequestKind kind,
      String number,
      Partner partner,
      RequestDraft draft,
      ProblemType problemType,
      Customer customer,
      Subscription subscription,
      Actor actor,
      OffsetDateTime now) {
    SupportRequest r = new SupportRequest();
    r.number = number;
    r.partner = partner;
    r.kind = kind;
    r.category = draft.getCategory();
    r.problemType = problemType;
    r.severity = draft.getSeverity();
    r.title = draft.getTitle().strip();
    r.description = draft.getDescription().strip();
    r.customer = customer;
    r.subscription = subscription;
    r.service = subscription == null ? null : subscription.getService();
    r.contactName = draft.getContactName().strip();
    r.contactEmail = draft.getContactEmail().strip();
    r.contactPhone = draft.getContactPhone() == null ? null : draft.getContactPhone().strip();
    r.preferredContact = draft.getPreferredContact();
    r.contactTimeZone = draft.getTimeZone();
    r.contactLanguage = draft.getLanguage();
    r.status = RequestStatus.SUBMITTED;
    r.createdBy = actor.userId();
    r.createdAt = now;
    r.updatedAt = now;
    r.submissionToken = draft.getSubmissionToken();
    r.record(RequestHistory.Event.CREATED, null, RequestStatus.SUBMITTED, null, actor, now);
    return r;
  }

  /** The attachments added in this transaction, whose content is still to be stored. */
  public java.util.List<RequestAttachment> attachmentsToStore() {
    return attachments.stream().filter(a -> a.getUpload() != null).toList();
  }

  public void attach(AttachmentUpload upload, Actor actor, OffsetDateTime now) {
    attachments.add(new RequestAttachment(this, upload, actor.userId(), now));
    record(RequestHistory.Event.ATTACHMENT_ADDED, null, null, upload.fileName(), actor, now);
  }

  /** More information from the partner; a request waiting for the partner goes back to 21Vianet. */
  void addPartnerNote(String text, Actor actor, OffsetDateTime now) {
    if (status == RequestStatus.CLOSED) {
      throw new RequestRejectedException("request.closedAlready", number);
    }
    record(RequestHistory.Event.NOTE, null, null, text.strip(), actor, now);
    if (status == RequestStatus.WAITING_FOR_PARTNER) {
      moveTo(RequestStatus.IN_PROGRESS, actor, now);
    }
  }

  /** The partner no longer needs the request. */
  void closeByPartner(String reason, Actor actor, OffsetDateTime now) {
    if (!status.canMoveTo(RequestStatus.CLOSED)) {
      throw new RequestRejectedException("request.closedAlready", number);
    }
    if (reason != null && !reason.isBlank()) {
      record(RequestHistory.Event.NOTE, null, null, reason.strip(), actor, now);
    }
    if (resolution == null) {
      resolution = Resolution.WITHDRAWN;
    }
    moveTo(RequestStatus.CLOSED, actor, now);
  }

  /** A 21Vianet agent takes the request (or is given it); the previous owner, if any, lets go. */
  public void assignTo(Actor agent, Actor actor, OffsetDateTime now) {
    requireOpen();
    if (agent.userId().equals(assignedTo)) {
      throw new RequestRejectedException("console.alreadyAssigned", number, agent.name());
    }
    assignedTo = agent.userId();
    record(RequestHistory.Event.ASSIGNED, null, null, agent.name(), actor, now);
  }

  /** The agent talked to the requester: the first contact stops the first-response clock. */
  public void logContact(
      ContactMethod method,
      OffsetDateTime contactedAt,
      String summary,
      Actor agent,
      OffsetDateTime now) {
    requireOpen();
    if (contactedAt.isAfter(now.plusMinutes(5)) || contactedAt.isBefore(createdAt)) {
      throw new RequestRejectedException("console.contactTimeOutOfRange", number);
    }
    if (firstContactAt == null || contactedAt.isBefore(firstContactAt)) {
      firstContactAt = contactedAt;
    }
    record(
        RequestHistory.Event.CONTACT_LOGGED,
        null,
        null,
        summary.strip(),
        "contact." + method.name(),
        agent,
        now);
    if (status == RequestStatus.SUBMITTED) {
      moveTo(RequestStatus.CONTACTED, agent, now);
    }
  }

  /** An agent moves the request on; a resolution says whether 21Vianet acted or only guided. */
  public void changeStatus(
      RequestStatus next, Resolution resolved, String note, Actor agent, OffsetDateTime now) {
    if (next == RequestStatus.RESOLVED) {
      if (resolved == null || !resolved.isByVianet()) {
        throw new RequestRejectedException("console.resolutionRequired", number);
      }
      resolution = resolved;
    }
    if (note != null && !note.isBlank()) {
      record(RequestHistory.Event.NOTE, null, null, note.strip(), agent, now);
    }
    moveTo(next, agent, now);
  }

  /** The requester does not answer: the agent lowers the severity, and says why. */
  public void lowerSeverity(Severity lower, String reason, Actor agent, OffsetDateTime now) {
    requireOpen();
    if (lower.ordinal() <= severity.ordinal()) {
      throw new RequestRejectedException("console.severityNotLower", number);
    }
    if (status != RequestStatus.CONTACTED && status != RequestStatus.WAITING_FOR_PARTNER) {
      throw new RequestRejectedException("console.severityOnlyWhenUnanswered", number);
    }
    String detail = "severity." + severity.name() + " severity." + lower.name();
    severity = lower;
    record(RequestHistory.Event.SEVERITY_CHANGED, null, null, reason.strip(), detail, agent, now);
  }

  /** 21Vianet's verdict on an escalation, on the timeline the partner sees. */
  public void recordVerdict(
      com.vianet.partnersupport.portal.escalation.EscalationVerdict.Verdict verdict,
      Actor agent,
      OffsetDateTime now) {
    if (kind != RequestKind.ESCALATION) {
      throw new RequestRejectedException("console.verdictOnlyForEscalations", number);
    }
    // The reasons show, in the reader's language, in the request's verdict section.
    record(RequestHistory.Event.VERDICT, null, null, null, "verdict." + verdict.name(), agent, now);
  }

  private void requireOpen() {
    if (!status.isOpen()) {
      throw new RequestRejectedException("console.notOpen", number);
    }
  }

  private void moveTo(RequestStatus next, Actor actor, OffsetDateTime now) {
    if (!status.canMoveTo(next)) {
      throw new RequestRejectedException("request.transitionNotAllowed", number);
    }
    RequestStatus previous = status;
    status = next;
    if (next == RequestStatus.CLOSED) {
      closedAt = now;
    } else if (next == RequestStatus.RESOLVED) {
      resolvedAt = now;
    }
    record(RequestHistory.Event.STATUS_CHANGED, previous, next, null, actor, now);
  }

  private void record(
      RequestHistory.Event event,
      RequestStatus from,
      RequestStatus to,
      String note,
      Actor actor,
      OffsetDateTime now) {
    record(event, from, to, note, null, actor, now);
  }

  private void record(
      RequestHistory.Event event,
      RequestStatus from,
      RequestStatus to,
      String note,
      String detail,
      Actor actor,
      OffsetDateTime now) {
    history.add(new RequestHistory(this, event, from, to, note, detail, actor, now));
    updatedAt = now;
  }

  public Long getId() {
    return id;
  }

  public String getNumber() {
    return number;
  }

  public Partner getPartner() {
    return partner;
  }

  public RequestKind getKind() {
    return kind;
  }

  public RequestCategory getCategory() {
    return category;
  }

  public ProblemType getProblemType() {
    return problemType;
  }

  public Severity getSeverity() {
    return severity;
  }

  public String getTitle() {
    return title;
  }

  public String getDescription() {
    return description;
  }

  public Customer getCustomer() {
    return customer;
  }

  public Subscription getSubscription() {
    return subscription;
  }

  public CloudService getService() {
    return service;
  }

  public String getContactName() {
    return contactName;
  }

  public String getContactEmail() {
    return contactEmail;
  }

  public String getContactPhone() {
    return contactPhone;
  }

  public ContactMethod getPreferredContact() {
    return preferredContact;
  }

  public String getContactTimeZone() {
    return contactTimeZone;
  }

  public String getContactLanguage() {
    return contactLanguage;
  }

  /**
   * When the targets fall due, as the response targets of version {@code targetsVersion} compute
   * them; null for a target met, missed or standing still.
   */
  public void scheduleTargets(
      OffsetDateTime firstResponseDue, OffsetDateTime resolutionDue, String targetsVersion) {
    this.firstResponseDueAt = firstResponseDue;
    this.resolutionDueAt = resolutionDue;
    this.nextDueAt =
        firstResponseDue == null
            ? resolutionDue
            : resolutionDue == null || firstResponseDue.isBefore(resolutionDue)
                ? firstResponseDue
                : resolutionDue;
    this.dueComputedFor = targetsVersion;
  }

  public OffsetDateTime getNextDueAt() {
    return nextDueAt;
  }

  public OffsetDateTime getFirstResponseDueAt() {
    return firstResponseDueAt;
  }

  public OffsetDateTime getResolutionDueAt() {
    return resolutionDueAt;
  }

  public String getDueComputedFor() {
    return dueComputedFor;
  }

  /** The waits for the partner so far, from the history (the clocks stand still meanwhile). */
  public List<com.vianet.partnersupport.core.clock.TargetClock.Pause> waitsForPartner() {
    List<com.vianet.partnersupport.core.clock.TargetClock.Pause> waits = new ArrayList<>();
    java.time.Instant since = null;
    for (RequestHistory h : history) {
      if (h.getEvent() != RequestHistory.Event.STATUS_CHANGED) {
        continue;
      }
      if (h.getToStatus() == RequestStatus.WAITING_FOR_PARTNER) {
        since = h.getCreatedAt().toInstant();
      } else if (since != null && h.getFromStatus() == RequestStatus.WAITING_FOR_PARTNER) {
        waits.add(
            new com.vianet.partnersupport.core.clock.TargetClock.Pause(
                since, h.getCreatedAt().toInstant()));
        since = null;
      }
    }
    if (since != null) {
      waits.add(new com.vianet.partnersupport.core.clock.TargetClock.Pause(since, null));
    }
    return waits;
  }

  public RequestStatus getStatus() {
    return status;
  }

  public Resolution getResolution() {
    return resolution;
  }

  public OffsetDateTime getCreatedAt() {
    return createdAt;
  }

  public OffsetDateTime getUpdatedAt() {
    return updatedAt;
  }

  public OffsetDateTime getFirstContactAt() {
    return firstContactAt;
  }

  public OffsetDateTime getResolvedAt() {
    return resolvedAt;
  }

  public OffsetDateTime getClosedAt() {
    return closedAt;
  }

  public int getVersion() {
    return version;
  }

  public Long getAssignedTo() {
    return assignedTo;
  }

  public List<RequestHistory> getHistory() {
    return history;
  }

  public boolean isOpen() {
    return status.isOpen();
  }

  public boolean isClosable() {
    return status.canMoveTo(RequestStatus.CLOSED);
  }

  /** The timeline a partner may see. */
  public List<RequestHistory> getPartnerVisibleHistory() {
    return history.stream().filter(RequestHistory::isVisibleToPartner).toList();
  }
}
