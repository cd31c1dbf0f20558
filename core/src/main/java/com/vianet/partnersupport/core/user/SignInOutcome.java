package com.vianet.partnersupport.core.user;

/** How one sign-in attempt ended, as the audit records it. */
public enum SignInOutcome {
  SUCCESS,
  /** Unknown name or wrong password: the same answer for both. */
  BAD_CREDENTIALS,
  /** Too soon after the last failures of this name; the password was not checked. */
  SLOWED,
  /** The name is locked after too many failures; the password was not checked. */
  LOCKED,
  /** Too many failures from this client address; the password was not checked. */
  ADDRESS_BLOCKED,
  /** Organisational sign-in from a tenant that is no partner's (or a suspended partner's). */
  UNKNOWN_TENANT,
  /** Organisational sign-in whose claims map to no portal role. */
  NO_ROLE,
  /** A deactivated account. */
  INACTIVE;

  public boolean refusedUnchecked() {
    return this == SLOWED || this == LOCKED || this == ADDRESS_BLOCKED;
  }
}
