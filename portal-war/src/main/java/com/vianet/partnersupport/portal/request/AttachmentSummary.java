package com.vianet.partnersupport.portal.request;

import java.io.Serializable;
import java.time.OffsetDateTime;

/** What a page lists of an attachment, without its bytes. */
public record AttachmentSummary(
    Long id, String fileName, String contentType, long sizeBytes, OffsetDateTime uploadedAt)
    implements Serializable {
  // Expression Language 5 (Jakarta EE 10) reads JavaBean getters, not record accessors.
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

  public OffsetDateTime getUploadedAt() {
    return uploadedAt;
  }
}
