package com.vianet.partnersupport.portal.api;

import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Anything else. A body that is not the JSON we expect is the caller's mistake (400); the rest is
 * ours (500), logged under an incident id the caller can quote, never returned as a trace.
 */
@Provider
public class UnexpectedErrorMapper implements ExceptionMapper<Throwable> {

  private static final Logger LOG = Logger.getLogger(UnexpectedErrorMapper.class.getName());

  @Context private HttpHeaders headers;

  @Override
  public Response toResponse(Throwable e) {
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      // Interceptors may wrap what the domain threw; answer as if it had arrived unwrapped.
      if (cause instanceof jakarta.validation.ConstraintViolationException violation) {
        return ConstraintViolationMapper.answer(violation, headers);
      }
      if (cause
          instanceof com.vianet.partnersupport.portal.request.RequestRejectedException rejected) {
        return RejectedRequestMapper.answer(rejected, headers);
      }
      if (cause instanceof JsonbException || cause instanceof ProcessingException) {
        return ErrorResponses.of(400, ErrorResponses.text(headers, "api.body"), List.of());
      }
    }
    String incident = UUID.randomUUID().toString();
    LOG.log(Level.SEVERE, "API failure, incident " + incident, e);
    return ErrorResponses.of(
        500, ErrorResponses.text(headers, "api.failed") + " (" + incident + ")", List.of());
  }
}
