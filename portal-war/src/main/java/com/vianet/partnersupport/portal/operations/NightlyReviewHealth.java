package com.vianet.partnersupport.portal.operations;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;

/**
 * Reports the nightly review in the server's health ({@code /health}, {@code /health/live}): down
 * while last night's review failed or is late. Not a readiness check: the portal serves people just
 * the same, and the balancer asks {@code /health/ready}.
 */
@Liveness
@ApplicationScoped
public class NightlyReviewHealth implements HealthCheck {

  @Inject private NightlyReviewWatch watch;

  @Override
  public HealthCheckResponse call() {
    Instant now = Instant.now();
    NightlyReviewState state = watch.state(now);
    return HealthCheckResponse.named("nightly-review")
        .status(!state.needsOperators())
        .withData("state", state.name())
        .withData("secondsSinceLastCompleted", watch.secondsSinceLastCompleted(now))
        .build();
  }
}
