package com.vianet.partnersupport.core.user;

import java.time.Duration;

/** Why a one-time account link was sent, and how long it works. */
public enum AccountLinkPurpose {
  /** A partner admin or a 21Vianet administrator invited the person: a week to accept. */
  INVITATION(Duration.ofDays(7)),
  /** "Forgot password": an hour, since the mailbox may be read by others later. */
  PASSWORD_RESET(Duration.ofHours(1)),
  /** The first administrator of a new database, printed by {@code create-admin}: three days. */
  FIRST_ADMIN(Duration.ofDays(3));

  private final Duration validFor;

  AccountLinkPurpose(Duration validFor) {
    this.validFor = validFor;
  }

  public Duration validFor() {
    return validFor;
  }
}
