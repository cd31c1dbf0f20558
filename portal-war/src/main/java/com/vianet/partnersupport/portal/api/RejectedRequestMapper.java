package com.vianet.partnersupport.portal.api;

import com.vianet.partnersupport.portal.request.RequestRejectedException;
import com.vianet.partnersupport.portal.request.UnknownRequestException;
import com.vianet.partnersupport.portal.security.NotAllowedException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;

/**
 * A change the domain refused: 400 with its reason, or 404 for a request outside the caller's
 * scope.
 */
@Provider
public class RejectedRequestMapper implements ExceptionMapper<RequestRejectedException> {

  @Context private HttpHeaders headers;

  @Override
  public Response toResponse(RequestRejectedException e) {
    return answer(e, headers);
  }

  /** Also for {@link UnexpectedErrorMapper}, which finds refusals wrapped, with its headers. */
  static Response answer(RequestRejectedException e, HttpHeaders headers) {
    int status =
        e instanceof NotAllowedException ? 403 : e instanceof UnknownRequestException ? 404 : 400;
    return ErrorResponses.of(
        status, ErrorResponses.text(headers, e.messageKey(), e.arguments()), List.of());
  }
}
