package com.vianet.partnersupport.portal.signin;

import com.vianet.partnersupport.core.user.SignInOutcome;
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

/** One sign-in attempt: who as typed, the user if one matched, from where, how, the outcome. */
@Entity
@Table(name = "sign_in_audit")
@NamedQuery(
    name = SignInAudit.ADDRESS_FAILURES,
    query =
        "SELECT COUNT(a) FROM SignInAudit a WHERE a.clientAddress = :address"
            + " AND a.outcome = com.vianet.partnersupport.core.user.SignInOutcome.BAD_CREDENTIALS"
            + " AND a.occurredAt > :since")
public class SignInAudit {

  public static final String ADDRESS_FAILURES = "SignInAudit.addressFailures";

  /** How the credentials came. */
  public enum Channel {
    FORM,
    BASIC,
    TOKEN,
    OIDC
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "occurred_at", nullable = false)
  private OffsetDateTime occurredAt;

  @Column(nullable = false, length = 100)
  private String username;

  @Column(name = "user_id")
  private Long userId;

  @Column(name = "client_address", nullable = false, length = 64)
  private String clientAddress;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 10)
  private Channel channel;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private SignInOutcome outcome;

  protected SignInAudit() {}

  SignInAudit(
      OffsetDateTime occurredAt,
      String username,
      Long userId,
      String clientAddress,
      Channel channel,
      SignInOutcome outcome) {
    this.occurredAt = occurredAt;
    this.username = username;
    this.userId = userId;
    this.clientAddress = clientAddress;
    this.channel = channel;
    this.outcome = outcome;
  }
}
