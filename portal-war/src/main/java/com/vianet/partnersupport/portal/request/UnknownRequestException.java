package com.vianet.partnersupport.portal.request;

/**
 * No such request, or none the caller may see: both answer the same, so another partner's request
 * is "not found" rather than "forbidden" (the API's 404).
 */
public class UnknownRequestException extends RequestRejectedException {

  private static final long serialVersionUID = 1L;

  public UnknownRequestException(Object requestNumberOrId) {
    super("request.notFound", requestNumberOrId);
  }
}
