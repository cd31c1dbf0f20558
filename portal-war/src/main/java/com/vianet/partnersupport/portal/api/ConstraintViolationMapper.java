package com.vianet.partnersupport.portal.api;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** Bad input: 400 naming each bad field with the API's field names. */
@Provider
public class ConstraintViolationMapper implements ExceptionMapper<ConstraintViolationException> {

  private static final Map<String, String> API_FIELDS =
      Map.of(
          "category", "supportTopicId",
          "problemTypeId", "supportTopicId",
          "contactName", "primaryContact.firstName",
          "contactEmail", "primaryContact.email",
          "contactPhone", "primaryContact.phoneNumber",
          "phoneGivenWhenPreferred", "primaryContact.phoneNumber",
          "language", "agentLocale");

  @Context private HttpHeaders headers;

  @Override
  public Response toResponse(ConstraintViolationException e) {
    return answer(e, headers);
  }

  /** Also for {@link UnexpectedErrorMapper}, which finds violations wrapped, with its headers. */
  static Response answer(ConstraintViolationException e, HttpHeaders headers) {
    List<ApiJson.FieldError> errors =
        e.getConstraintViolations().stream()
            .map(v -> new ApiJson.FieldError(field(v), v.getMessage()))
            .sorted(
                Comparator.comparing((ApiJson.FieldError f) -> f.field)
                    .thenComparing(f -> f.message))
            .toList();
    return ErrorResponses.of(400, ErrorResponses.text(headers, "api.invalid"), errors);
  }

  private static String field(ConstraintViolation<?> violation) {
    String last = "";
    for (Path.Node node : violation.getPropertyPath()) {
      if (node.getName() != null) {
        last = node.getName();
      }
    }
    return API_FIELDS.getOrDefault(last, last);
  }
}
