package com.vianet.partnersupport.core.request;

import java.util.Arrays;
import java.util.List;

/**
 * The categories a request is filed under. The first three are the partner's own problems; the rest
 * are the areas where the partner supports its customers itself, 24×7.
 */
public enum RequestCategory {
  TECHNICAL(false),
  BILLING(false),
  CUSTOMER_SUBSCRIPTION_MANAGEMENT(false),
  ACCOUNT_SETUP(true),
  ACCOUNT_AND_BILLING(true),
  HOW_TO(true),
  SERVICE_UPDATES(true),
  SOFTWARE_CONFIGURATION(true),
  CLIENT_CONNECTIVITY(true),
  PERFORMANCE_AVAILABILITY(true);

  private final boolean partnerSupportScope;

  RequestCategory(boolean partnerSupportScope) {
    this.partnerSupportScope = partnerSupportScope;
  }

  /** True where the partner is its customers' first line of support. */
  public boolean isPartnerSupportScope() {
    return partnerSupportScope;
  }

  /** The partner's own problems, the ones a Partner Center request is filed under. */
  public boolean isPartnerCenterCategory() {
    return !partnerSupportScope;
  }

  public static List<RequestCategory> partnerCenterCategories() {
    return Arrays.stream(values()).filter(c -> !c.partnerSupportScope).toList();
  }

  public static List<RequestCategory> customerCategories() {
    return Arrays.stream(values()).filter(c -> c.partnerSupportScope).toList();
  }
}
