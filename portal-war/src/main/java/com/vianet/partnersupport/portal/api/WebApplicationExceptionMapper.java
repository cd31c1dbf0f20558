package com.vianet.partnersupport.portal.api;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;

/** Not found, wrong method, unreadable body...: the status JAX-RS chose, as JSON. */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

  @Context private HttpHeaders headers;

  @Override
  public Response toResponse(WebApplicationException e) {
    int status = e.getResponse().getStatus();
    String key =
        switch (status) {
          case 400 -> "api.body";
          case 404 -> "api.notFound";
          case 405 -> "api.method";
          case 415 -> "api.mediaType";
          default -> "api.failed";
        };
    return ErrorResponses.of(status, ErrorResponses.text(headers, key), List.of());
  }
}
