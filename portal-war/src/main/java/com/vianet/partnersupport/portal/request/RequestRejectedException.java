package com.vianet.partnersupport.portal.request;

import java.util.Arrays;

/**
 * A change the domain refuses, with the bundle key of the message the user sees. Unchecked, so the
 * surrounding transaction rolls back.
 */
public class RequestRejectedException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String messageKey;
  private final transient Object[] arguments;

  public RequestRejectedException(String messageKey, Object... arguments) {
    super(messageKey + " " + Arrays.toString(arguments));
    this.messageKey = messageKey;
    this.arguments = arguments.clone();
  }

  public String messageKey() {
    return messageKey;
  }

  public Object[] arguments() {
    return arguments.clone();
  }
}
