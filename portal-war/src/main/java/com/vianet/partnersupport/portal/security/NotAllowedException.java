package com.vianet.partnersupport.portal.security;

import com.vianet.partnersupport.core.user.Action;
import com.vianet.partnersupport.portal.request.RequestRejectedException;

/**
 * The caller's roles do not allow the action: a page shows the message, the API answers 403.
 * Nothing was changed.
 */
public class NotAllowedException extends RequestRejectedException {

  private static final long serialVersionUID = 1L;

  private NotAllowedException(String messageKey) {
    super(messageKey);
  }

  static NotAllowedException of(Action action) {
    return new NotAllowedException("access.notAllowed");
  }

  /** Someone else's account: a person changes their own settings only. */
  public static NotAllowedException notYours() {
    return new NotAllowedException("access.notAllowed");
  }

  static NotAllowedException staffOnly() {
    return new NotAllowedException("console.staffOnly");
  }
}
