package com.vianet.partnersupport.portal.request;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.function.Supplier;

/**
 * A submission stored once, however often it arrives: a form submitted twice at once, a script
 * retrying with the same {@code MS-RequestId}. Each attempt stores in a transaction of its own; the
 * one that loses the race on the unique (partner, submission token) key rolls back, and then
 * answers with the request the winner stored.
 */
@ApplicationScoped
public class SubmitOnce {

  @Inject private RequestIntake intake;
  @Inject private SubmitOnce self;

  /** Runs {@code store} (which returns the new request's number) once per token and partner. */
  @Transactional(Transactional.TxType.NOT_SUPPORTED)
  public String store(String token, long partnerId, Supplier<String> store) {
    try {
      return self.inOwnTransaction(store);
    } catch (RuntimeException e) {
      if (token == null) {
        throw e;
      }
      return self.inOwnTransaction(() -> intake.alreadySubmitted(token, partnerId))
          .orElseThrow(() -> e);
    }
  }

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public <T> T inOwnTransaction(Supplier<T> work) {
    return work.get();
  }
}
