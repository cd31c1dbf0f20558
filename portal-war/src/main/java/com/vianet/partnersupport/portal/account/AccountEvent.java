package com.vianet.partnersupport.portal.account;

import com.vianet.partnersupport.core.user.AccountEventKind;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** One change to an account or a partner: who did it, to whom, when. */
@Entity
@Table(name = "account_event")
public class AccountEvent {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "occurred_at", nullable = false)
  private OffsetDateTime occurredAt;

  @Column(name = "actor_id")
  private Long actorId;

  @Column(name = "user_id")
  private Long userId;

  @Column(name = "partner_id")
  private Long partnerId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 30)
  private AccountEventKind kind;

  /** Role names, or a partner's code: never free text a person typed. */
  @Column(length = 200)
  private String detail;

  protected AccountEvent() {}

  AccountEvent(
      OffsetDateTime occurredAt,
      Long actorId,
      Long userId,
      Long partnerId,
      AccountEventKind kind,
      String detail) {
    this.occurredAt = occurredAt;
    this.actorId = actorId;
    this.userId = userId;
    this.partnerId = partnerId;
    this.kind = kind;
    this.detail = detail == null || detail.length() <= 200 ? detail : detail.substring(0, 200);
  }
}
