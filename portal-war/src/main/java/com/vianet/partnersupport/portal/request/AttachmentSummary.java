package com.vianet.partnersupport.portal.request;

import java.io.Serializable;
import java.time.OffsetDateTime;

/** What a page lists of an attachment, without its bytes. */
public record AttachmentSummary(Long id, String fileName, String contentType, long sizeBytes, OffsetDateTime uploadedAt)
    implements Serializable {}
