package com.vianet.partnersupport.portal.security;

import java.io.Serializable;
import java.util.Optional;

/**
 * Whose data a query may see: one partner's (partner staff, always) or every partner's (21Vianet
 * staff). Services take it as a parameter so that no query can forget it.
 */
public final class PartnerScope implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final PartnerScope ALL = new PartnerScope(null);

  private final Long partnerId;

  private PartnerScope(Long partnerId) {
    this.partnerId = partnerId;
  }

  public static PartnerScope of(long partnerId) {
    return new PartnerScope(partnerId);
  }

  public static PartnerScope allPartners() {
    return ALL;
  }

  public Optional<Long> partnerId() {
    return Optional.ofNullable(partnerId);
  }

  /**
   * Refuses partner staff: for what only 21Vianet staff may do (the console, running remediation
   * plans).
   */
  public void requireStaff() {
    if (partnerId != null) {
      throw new com.vianet.partnersupport.portal.request.RequestRejectedException(
          "console.staffOnly");
    }
  }

  public boolean includes(long partner) {
    return partnerId == null || partnerId == partner;
  }

  @Override
  public String toString() {
    return partnerId == null ? "all partners" : "partner " + partnerId;
  }
}
