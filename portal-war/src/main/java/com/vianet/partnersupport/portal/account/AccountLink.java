package com.vianet.partnersupport.portal.account;

import com.vianet.partnersupport.core.user.AccountLinkPurpose;
import com.vianet.partnersupport.portal.user.AppUser;
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
import java.time.OffsetDateTime;

/** A link sent to one person (invitation, password reset, first administrator): works once. */
@Entity
@Table(name = "account_link")
@NamedQuery(
    name = AccountLink.BY_HASH,
    query = "SELECT l FROM AccountLink l JOIN FETCH l.user WHERE l.tokenHash = :hash")
@NamedQuery(
    name = AccountLink.LAST_CREATED,
    query =
        "SELECT MAX(l.createdAt) FROM AccountLink l WHERE l.user = :user AND l.purpose = :purpose")
@NamedQuery(
    name = AccountLink.CLOSE_OPEN,
    query = "UPDATE AccountLink l SET l.usedAt = :now WHERE l.user = :user AND l.usedAt IS NULL")
public class AccountLink {

  static final String BY_HASH = "AccountLink.byHash";
  static final String LAST_CREATED = "AccountLink.lastCreated";
  static final String CLOSE_OPEN = "AccountLink.closeOpen";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "user_id")
  private AppUser user;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private AccountLinkPurpose purpose;

  @Column(name = "token_hash", nullable = false, length = 64)
  private String tokenHash;

  @Column(name = "created_at", nullable = false)
  private OffsetDateTime createdAt;

  @Column(name = "expires_at", nullable = false)
  private OffsetDateTime expiresAt;

  @Column(name = "used_at")
  private OffsetDateTime usedAt;

  protected AccountLink() {}

  AccountLink(AppUser user, AccountLinkPurpose purpose, String tokenHash, OffsetDateTime now) {
    this.user = user;
    this.purpose = purpose;
    this.tokenHash = tokenHash;
    this.createdAt = now;
    this.expiresAt = now.plus(purpose.validFor());
  }

  boolean usableAt(OffsetDateTime now) {
    return usedAt == null && now.isBefore(expiresAt) && user.isActive();
  }

  void use(OffsetDateTime now) {
    this.usedAt = now;
  }

  AppUser getUser() {
    return user;
  }

  AccountLinkPurpose getPurpose() {
    return purpose;
  }
}
