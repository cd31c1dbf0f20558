package com.vianet.partnersupport.portal.signin;

import com.vianet.partnersupport.core.user.SignInOutcome;
import java.util.Set;

/**
 * What a sign-in attempt gave: the caller's name and roles, or the outcome that refused it and how
 * many minutes to wait before trying again (for the message).
 */
public record SignInResult(
    SignInOutcome outcome, String callerName, Set<String> roles, long minutesToWait) {

  public static SignInResult signedIn(String callerName, Set<String> roles) {
    return new SignInResult(SignInOutcome.SUCCESS, callerName, Set.copyOf(roles), 0);
  }

  public static SignInResult refused(SignInOutcome outcome, long minutesToWait) {
    return new SignInResult(outcome, null, Set.of(), minutesToWait);
  }

  public boolean signedIn() {
    return outcome == SignInOutcome.SUCCESS;
  }

  /** The bundle key of the message a refused person reads. */
  public String messageKey() {
    return switch (outcome) {
      case SLOWED -> "login.slowed";
      case LOCKED -> "login.locked";
      case ADDRESS_BLOCKED -> "login.addressBlocked";
      case UNKNOWN_TENANT -> "login.unknownTenant";
      case NO_ROLE -> "login.noRole";
      case INACTIVE -> "login.inactive";
      default -> "login.failed";
    };
  }
}
