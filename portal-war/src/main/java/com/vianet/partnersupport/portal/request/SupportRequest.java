package com.vianet.partnersupport.portal.request;

import com.vianet.partnersupport.core.request.ContactMethod;
import com.vianet.partnersupport.core.request.RequestCategory;
import com.vianet.partnersupport.core.request.RequestKind;
import com.vianet.partnersupport.core.request.RequestStatus;
import com.vianet.partnersupport.core.request.Severity;
import com.vianet.partnersupport.portal.customer.Customer;
import com.vianet.partnersupport.portal.partner.Partner;
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
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;

/** A request for help sent to 21Vianet: the partner's own, or a customer's escalated problem. */
@Entity
@Table(name = "support_request")
@NamedQuery(
    name = SupportRequest.COUNT_BY_STATUS,
    query =
        "SELECT r.status, COUNT(r) FROM SupportRequest r WHERE r.status IN :statuses GROUP BY r.status")
@NamedQuery(
    name = SupportRequest.COUNT_BY_STATUS_FOR_PARTNER,
    query =
        "SELECT r.status, COUNT(r) FROM SupportRequest r WHERE r.partner.id = :partnerId"
            + " AND r.status IN :statuses GROUP BY r.status")
public class SupportRequest {

  public static final String COUNT_BY_STATUS = "SupportRequest.countByStatus";
  public static final String COUNT_BY_STATUS_FOR_PARTNER = "SupportRequest.countByStatusForPartner";

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

  @Column(name = "created_by", nullable = false)
  private Long createdBy;

  @Column(name = "created_at", nullable = false)
  private OffsetDateTime createdAt;

  @Column(name = "updated_at", nullable = false)
  private OffsetDateTime updatedAt;

  @Version private int version;

  protected SupportRequest() {}

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

  public RequestStatus getStatus() {
    return status;
  }

  public OffsetDateTime getCreatedAt() {
    return createdAt;
  }

  public OffsetDateTime getUpdatedAt() {
    return updatedAt;
  }

  public int getVersion() {
    return version;
  }
}
