package com.vianet.partnersupport.portal.request;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import java.time.OffsetDateTime;

/** A file attached to a request, stored in the database. */
@Entity
@Table(name = "request_attachment")
@NamedQuery(
    name = RequestAttachment.SUMMARIES_OF_REQUEST,
    query =
        "SELECT NEW com.vianet.partnersupport.portal.request.AttachmentSummary(a.id, a.fileName,"
            + " a.contentType, a.sizeBytes, a.uploadedAt) FROM RequestAttachment a"
            + " WHERE a.request.id = :requestId ORDER BY a.id")
@NamedQuery(
    name = RequestAttachment.SUMMARIES_OF_REQUESTS,
    query =
        "SELECT a.request.id, NEW com.vianet.partnersupport.portal.request.AttachmentSummary(a.id,"
            + " a.fileName, a.contentType, a.sizeBytes, a.uploadedAt) FROM RequestAttachment a"
            + " WHERE a.request.id IN :requestIds ORDER BY a.id")
@NamedQuery(
    name = RequestAttachment.OF_REQUEST,
    query =
        "SELECT a FROM RequestAttachment a JOIN FETCH a.request r JOIN FETCH r.partner"
            + " WHERE a.id = :id AND r.number = :number")
public class RequestAttachment {

  public static final String SUMMARIES_OF_REQUEST = "RequestAttachment.summariesOfRequest";
  public static final String SUMMARIES_OF_REQUESTS = "RequestAttachment.summariesOfRequests";
  public static final String OF_REQUEST = "RequestAttachment.ofRequest";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "request_id")
  private SupportRequest request;

  @Column(name = "file_name", nullable = false, length = 255)
  private String fileName;

  @Column(name = "content_type", nullable = false, length = 100)
  private String contentType;

  @Column(name = "size_bytes", nullable = false)
  private long sizeBytes;

  /**
   * Written empty with the row, then filled by {@link AttachmentContents} as a stream from the
   * upload's temporary file, and read back as a stream: never mapped into memory by JPA.
   */
  @Basic(fetch = FetchType.LAZY)
  @Column(nullable = false, updatable = false)
  private byte[] content = new byte[0];

  /** The received file, until its content is stored. */
  @Transient private transient AttachmentUpload upload;

  @Column(name = "uploaded_by", nullable = false)
  private Long uploadedBy;

  @Column(name = "uploaded_at", nullable = false)
  private OffsetDateTime uploadedAt;

  protected RequestAttachment() {}

  RequestAttachment(
      SupportRequest request, AttachmentUpload upload, Long uploadedBy, OffsetDateTime at) {
    this.request = request;
    this.fileName = upload.fileName();
    this.contentType = upload.contentType();
    this.sizeBytes = upload.size();
    this.upload = upload;
    this.uploadedBy = uploadedBy;
    this.uploadedAt = at;
  }

  public SupportRequest getRequest() {
    return request;
  }

  public Long getId() {
    return id;
  }

  public String getFileName() {
    return fileName;
  }

  public String getContentType() {
    return contentType;
  }

  public long getSizeBytes() {
    return sizeBytes;
  }

  public AttachmentUpload getUpload() {
    return upload;
  }
}
