package com.vianet.partnersupport.portal.request;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Optional;
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
      // The first submission may still be committing: look for it for a moment before giving up.
      for (int attempt = 0; attempt < 20; attempt++) {
        Optional<String> first =
            self.inOwnTransaction(() -> intake.alreadySubmitted(token, partnerId));
        if (first.isPresent()) {
          return first.get();
        }
        try {
          Thread.sleep(100);
        } catch (InterruptedException interrupted) {
          Thread.currentThread().interrupt();
          break;
        }
      }
      throw e;
    }
  }

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public <T> T inOwnTransaction(Supplier<T> work) {
    return work.get();
  }
}
