package com.vianet.partnersupport.portal.console;

import com.vianet.partnersupport.core.request.RequestStatus;
import com.vianet.partnersupport.portal.request.SupportRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;

/**
 * Computes the due instants of open requests that were computed with other targets, or never
 * (requests loaded in bulk, or older than the columns): at start-up and after support changes the
 * business calendar or the targets. A page of requests per transaction.
 */
@ApplicationScoped
public class DueInstantsRefresh {

  private static final int PAGE = 500;

  @PersistenceContext private EntityManager em;
  @Inject private ResponseClocks clocks;

  /** Itself through its proxy: each page in a transaction of its own. */
  @Inject private DueInstantsRefresh self;

  /** Refreshes one page; the number refreshed (0 when none is left). */
  @Transactional
  public int refreshPage() {
    String version = clocks.targetsVersion();
    List<SupportRequest> stale =
        em.createQuery(
                "SELECT r FROM SupportRequest r WHERE r.status IN :open AND (r.dueComputedFor IS"
                    + " NULL OR r.dueComputedFor <> :version)",
                SupportRequest.class)
            .setParameter("open", List.copyOf(RequestStatus.openStatuses()))
            .setParameter("version", version)
            .setMaxResults(PAGE)
            .getResultList();
    Instant now = Instant.now();
    for (SupportRequest request : stale) {
      clocks.schedule(request, now);
      // Written by a bulk update, which leaves the request's version alone: a person editing the
      // request meanwhile is not told that someone else changed it.
      em.detach(request);
      em.createQuery(
              "UPDATE SupportRequest r SET r.firstResponseDueAt = :first, r.resolutionDueAt ="
                  + " :resolution, r.nextDueAt = :next, r.dueComputedFor = :version WHERE r.id ="
                  + " :id")
          .setParameter("first", request.getFirstResponseDueAt())
          .setParameter("resolution", request.getResolutionDueAt())
          .setParameter("next", request.getNextDueAt())
          .setParameter("version", request.getDueComputedFor())
          .setParameter("id", request.getId())
          .executeUpdate();
    }
    return stale.size();
  }

  void onTargetsChanged(@jakarta.enterprise.event.ObservesAsync ResponseClocks.TargetsChanged e) {
    refreshAll();
  }

  /** Every stale request, page after page. */
  public long refreshAll() {
    long total = 0;
    for (int done = self.refreshPage(); done > 0; done = self.refreshPage()) {
      total += done;
    }
    return total;
  }
}
