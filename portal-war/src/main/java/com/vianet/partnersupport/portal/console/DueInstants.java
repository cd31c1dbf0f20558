package com.vianet.partnersupport.portal.console;

import com.vianet.partnersupport.portal.request.SupportRequest;
import jakarta.inject.Inject;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import java.time.Instant;

/**
 * Keeps a request's due instants current: every change of a request (status, severity, contact,
 * resolution, by a page, the API or the console) passes here before it is written.
 */
public class DueInstants {

  @Inject private ResponseClocks clocks;

  @PrePersist
  @PreUpdate
  void schedule(SupportRequest request) {
    clocks.schedule(request, Instant.now());
  }
}
