package com.vianet.partnersupport.portal.alert;

import java.time.Duration;

/** What an alert is about. */
public enum AlertKind {
  /** A critical request arrived: business stopped somewhere. */
  NEW_CRITICAL,
  /** A target falls due within {@link #DUE_SOON} and nobody took the request. */
  DUE_SOON_UNASSIGNED;

  public static final Duration DUE_SOON = Duration.ofMinutes(30);
}
