package com.vianet.partnersupport.portal.report;

import java.io.Serializable;
import java.time.OffsetDateTime;

/** A stored workbook as the Reports page lists it, without its bytes. */
public record ReportFileSummary(
    long id,
    String kind,
    String isoWeek,
    String fileName,
    long sizeBytes,
    long jobRunId,
    OffsetDateTime createdAt)
    implements Serializable {
  // Expression Language 5 (Jakarta EE 10) reads JavaBean getters, not record accessors.
  public long getId() {
    return id;
  }

  public String getKind() {
    return kind;
  }

  public String getIsoWeek() {
    return isoWeek;
  }

  public String getFileName() {
    return fileName;
  }

  public long getSizeBytes() {
    return sizeBytes;
  }

  public long getJobRunId() {
    return jobRunId;
  }

  public OffsetDateTime getCreatedAt() {
    return createdAt;
  }
}
