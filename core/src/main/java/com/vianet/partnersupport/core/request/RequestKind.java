package com.vianet.partnersupport.core.request;

/**
 * What a request is: the partner asking 21Vianet for help with its own problem, a customer's
 * problem escalated to 21Vianet, or a customer's problem the partner solved itself (kept for the
 * reports).
 */
public enum RequestKind {
  PARTNER,
  ESCALATION,
  DEFLECTED;

  public boolean concernsCustomer() {
    return this != PARTNER;
  }
}
