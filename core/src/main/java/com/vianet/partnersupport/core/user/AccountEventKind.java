package com.vianet.partnersupport.core.user;

/** What happened to an account, as the administration pages' history lists it. */
public enum AccountEventKind {
  INVITED,
  JOINED,
  ROLES_CHANGED,
  DEACTIVATED,
  REACTIVATED,
  PASSWORD_RESET_SENT,
  PASSWORD_SET,
  PASSWORD_CHANGED,
  UNLOCKED,
  PARTNER_CREATED,
  PARTNER_SUSPENDED,
  PARTNER_RESUMED,
  /** The first organisational sign-in of a person of a known partner created the account. */
  SIGNED_UP,
  FIRST_ADMIN_CREATED
}
