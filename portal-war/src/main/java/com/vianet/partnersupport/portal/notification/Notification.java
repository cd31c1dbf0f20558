package com.vianet.partnersupport.portal.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/**
 * An e-mail in the outbox: queued with the change that caused it, sent after that change commits.
 */
@Entity
@Table(name = "notification")
@NamedQuery(
    name = Notification.PENDING,
    query =
        "SELECT n FROM Notification n WHERE n.sentAt IS NULL AND n.attempts < :maxAttempts AND"
            + " (n.claimedUntil IS NULL OR n.claimedUntil < :now) ORDER BY n.id")
public class Notification {

  public static final String PENDING = "Notification.pending";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, length = 254)
  private String recipient;

  @Column(nullable = false, length = 300)
  private String subject;

  @Column(nullable = false, length = 8000)
  private String body;

  @Column(name = "created_at", nullable = false)
  private OffsetDateTime createdAt;

  @Column(name = "sent_at")
  private OffsetDateTime sentAt;

  @Column(nullable = false)
  private int attempts;

  @Column(name = "last_error", length = 1000)
  private String lastError;

  /** The server sending it, until when (see Outbox.claim). */
  @Column(name = "claimed_by", length = 200)
  private String claimedBy;

  @Column(name = "claimed_until")
  private OffsetDateTime claimedUntil;

  protected Notification() {}

  Notification(String recipient, String subject, String body, OffsetDateTime now) {
    this.recipient = recipient;
    this.subject = subject.length() > 300 ? subject.substring(0, 300) : subject;
    this.body = body.length() > 8000 ? body.substring(0, 8000) : body;
    this.createdAt = now;
  }

  void sent(OffsetDateTime now) {
    sentAt = now;
    attempts++;
    lastError = null;
    claimedUntil = null;
  }

  void failed(String error) {
    attempts++;
    claimedUntil = null;
    lastError =
        error == null ? "unknown" : error.length() > 1000 ? error.substring(0, 1000) : error;
  }

  public Long getId() {
    return id;
  }

  public String getRecipient() {
    return recipient;
  }

  public String getSubject() {
    return subject;
  }

  public String getBody() {
    return body;
  }

  public OffsetDateTime getSentAt() {
    return sentAt;
  }

  public int getAttempts() {
    return attempts;
  }
}
