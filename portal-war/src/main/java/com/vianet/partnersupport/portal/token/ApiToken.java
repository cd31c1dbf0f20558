package com.vianet.partnersupport.portal.token;

import com.vianet.partnersupport.core.user.Role;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;

/** A partner's API token as stored: its SHA-256 only, never the token itself. */
@Entity
@Table(name = "api_token")
@NamedQuery(
    name = ApiToken.ACTIVE_BY_HASH,
    query =
        "SELECT NEW com.vianet.partnersupport.portal.token.TokenCaller(t.id, t.partnerId, u.id,"
            + " u.username, u.displayName, t.role) FROM ApiToken t,"
            + " com.vianet.partnersupport.portal.user.AppUser u WHERE t.tokenHash = :hash"
            + " AND t.revokedAt IS NULL AND u.id = t.createdBy AND u.active = TRUE")
@NamedQuery(
    name = ApiToken.NOTE_USE,
    query =
        "UPDATE ApiToken t SET t.lastUsedAt = :now WHERE t.id = :id"
            + " AND (t.lastUsedAt IS NULL OR t.lastUsedAt < :minuteAgo)")
@NamedQuery(
    name = ApiToken.OF_PARTNER,
    query = "SELECT t FROM ApiToken t WHERE t.partnerId = :partnerId ORDER BY t.createdAt DESC")
public class ApiToken {

  static final String ACTIVE_BY_HASH = "ApiToken.activeByHash";
  static final String OF_PARTNER = "ApiToken.ofPartner";
  static final String NOTE_USE = "ApiToken.noteUse";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "partner_id", nullable = false)
  private long partnerId;

  @Column(name = "created_by", nullable = false)
  private long createdBy;

  @Column(nullable = false, length = 100)
  private String name;

  @Column(nullable = false, length = 30)
  private String role;

  @Column(name = "token_hash", nullable = false, length = 64)
  private String tokenHash;

  @Column(name = "created_at", nullable = false)
  private OffsetDateTime createdAt;

  @Column(name = "last_used_at")
  private OffsetDateTime lastUsedAt;

  @Column(name = "revoked_at")
  private OffsetDateTime revokedAt;

  @Column(name = "revoked_by")
  private Long revokedBy;

  @Version private int version;

  protected ApiToken() {}

  ApiToken(
      long partnerId,
      long createdBy,
      String name,
      Role role,
      String tokenHash,
      OffsetDateTime now) {
    this.partnerId = partnerId;
    this.createdBy = createdBy;
    this.name = name;
    this.role = role.roleName();
    this.tokenHash = tokenHash;
    this.createdAt = now;
  }

  void revoke(long by, OffsetDateTime now) {
    if (revokedAt == null) {
      revokedAt = now;
      revokedBy = by;
    }
  }

  public Long getId() {
    return id;
  }

  public long getPartnerId() {
    return partnerId;
  }

  public long getCreatedBy() {
    return createdBy;
  }

  public String getName() {
    return name;
  }

  public Role getRole() {
    return Role.fromRoleName(role).orElseThrow();
  }

  public OffsetDateTime getCreatedAt() {
    return createdAt;
  }

  public OffsetDateTime getLastUsedAt() {
    return lastUsedAt;
  }

  public OffsetDateTime getRevokedAt() {
    return revokedAt;
  }

  public boolean isRevoked() {
    return revokedAt != null;
  }
}
