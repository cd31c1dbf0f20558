package com.vianet.partnersupport.core.request;

import java.util.List;

/**
 * How a request ended, as stored in {@code support_request.resolution}: by 21Vianet (acting, or
 * only guiding, which the nightly review's guidance-only rule reads), by the partner itself for a
 * customer's case it kept (deflected), or withdrawn by the partner.
 */
public enum Resolution {
  RESOLVED_BY_VIANET,
  GUIDANCE_ONLY,
  RESOLVED_BY_PARTNER,
  GUIDED_CUSTOMER,
  WITHDRAWN;

  /** What an agent may record when resolving. */
  public static List<Resolution> byVianet() {
    return List.of(RESOLVED_BY_VIANET, GUIDANCE_ONLY);
  }

  public boolean isByVianet() {
    return this == RESOLVED_BY_VIANET || this == GUIDANCE_ONLY;
  }

  /** A customer's case the partner resolved itself or guided the customer through. */
  public boolean isDeflection() {
    return this == RESOLVED_BY_PARTNER || this == GUIDED_CUSTOMER;
  }
}
