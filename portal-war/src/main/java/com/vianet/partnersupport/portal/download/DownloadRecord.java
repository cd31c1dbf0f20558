package com.vianet.partnersupport.portal.download;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** One download of a file that may hold personal data: who took which file, when, and how. */
@Entity
@Table(name = "download_record")
public class DownloadRecord {

  /** What was downloaded. */
  public enum Kind {
    ATTACHMENT,
    WORKBOOK
  }

  /** Through the portal's pages or the REST API. */
  public enum Channel {
    PAGE,
    API
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "occurred_at", nullable = false)
  private OffsetDateTime occurredAt;

  @Column(name = "user_id", nullable = false)
  private long userId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private Kind kind;

  @Column(name = "object_id", nullable = false)
  private long objectId;

  @Column(name = "file_name", nullable = false, length = 255)
  private String fileName;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 10)
  private Channel channel;

  protected DownloadRecord() {}

  DownloadRecord(
      OffsetDateTime occurredAt,
      long userId,
      Kind kind,
      long objectId,
      String fileName,
      Channel channel) {
    this.occurredAt = occurredAt;
    this.userId = userId;
    this.kind = kind;
    this.objectId = objectId;
    this.fileName = fileName;
    this.channel = channel;
  }
}
