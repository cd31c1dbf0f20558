package com.vianet.partnersupport.portal.console;

import com.vianet.partnersupport.core.request.ContactMethod;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** One contact an agent had with the requester: how, when, and what was said. */
@Entity
@Table(name = "request_contact")
@NamedQuery(
    name = RequestContact.OF_REQUEST,
    query =
        "SELECT c FROM RequestContact c WHERE c.requestId = :requestId ORDER BY c.contactedAt DESC,"
            + " c.id DESC")
public class RequestContact {

  public static final String OF_REQUEST = "RequestContact.ofRequest";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "request_id", nullable = false)
  private Long requestId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 10)
  private ContactMethod method;

  @Column(name = "contacted_at", nullable = false)
  private OffsetDateTime contactedAt;

  @Column(nullable = false, length = 4000)
  private String summary;

  @Column(name = "agent_id", nullable = false)
  private Long agentId;

  @Column(name = "created_at", nullable = false)
  private OffsetDateTime createdAt;

  protected RequestContact() {}

  RequestContact(
      long requestId,
      ContactMethod method,
      OffsetDateTime contactedAt,
      String summary,
      long agentId,
      OffsetDateTime now) {
    this.requestId = requestId;
    this.method = method;
    this.contactedAt = contactedAt;
    this.summary = summary.strip();
    this.agentId = agentId;
    this.createdAt = now;
  }

  public Long getId() {
    return id;
  }

  public ContactMethod getMethod() {
    return method;
  }

  public OffsetDateTime getContactedAt() {
    return contactedAt;
  }

  public String getSummary() {
    return summary;
  }
}
