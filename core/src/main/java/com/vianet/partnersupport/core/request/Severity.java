package com.vianet.partnersupport.core.request;

/** How badly the problem hurts, as Partner Center grades it. */
public enum Severity {
  CRITICAL,
  MODERATE,
  MINIMAL
}
