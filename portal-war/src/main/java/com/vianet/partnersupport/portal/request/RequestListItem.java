package com.vianet.partnersupport.portal.request;

import com.vianet.partnersupport.core.request.RequestCategory;
import com.vianet.partnersupport.core.request.RequestStatus;
import com.vianet.partnersupport.core.request.Severity;
import java.io.Serializable;
import java.time.OffsetDateTime;

/** One row of a request list: only the columns the table shows. */
public record RequestListItem(
    String number, String title, RequestCategory category, Severity severity, RequestStatus status,
    String customerName, OffsetDateTime createdAt, OffsetDateTime updatedAt) implements Serializable {}
