package com.vianet.partnersupport.portal.privacy;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/**
 * The record of an export, an erasure or a retention run: kept, while naming the person only by the
 * SHA-256 of the address asked for.
 */
@Entity
@Table(name = "personal_data_action")
public class PersonalDataAction {

  /** What was done. */
  public enum Kind {
    EXPORT,
    ERASE,
    RETENTION
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "occurred_at", nullable = false)
  private OffsetDateTime occurredAt;

  @Column(name = "actor_id")
  private Long actorId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 10)
  private Kind kind;

  @Column(nullable = false, length = 64)
  private String subject;

  @Column(nullable = false)
  private int affected;

  protected PersonalDataAction() {}

  PersonalDataAction(
      OffsetDateTime occurredAt, Long actorId, Kind kind, String subject, int affected) {
    this.occurredAt = occurredAt;
    this.actorId = actorId;
    this.kind = kind;
    this.subject = subject;
    this.affected = affected;
  }
}
