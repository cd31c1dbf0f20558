package com.vianet.partnersupport.portal.api;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.MessageInterpolator;
import jakarta.validation.Path;
import jakarta.validation.Validation;
import jakarta.validation.ValidationException;
import jakarta.validation.metadata.ConstraintDescriptor;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
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

  /** The provider's own interpolator: our ValidationMessages bundles, then its defaults. */
  private static final MessageInterpolator INTERPOLATOR =
      Validation.byDefaultProvider().configure().getDefaultMessageInterpolator();

  @Context private HttpHeaders headers;

  @Override
  public Response toResponse(ConstraintViolationException e) {
    return answer(e, headers);
  }

  /** Also for {@link UnexpectedErrorMapper}, which finds violations wrapped, with its headers. */
  static Response answer(ConstraintViolationException e, HttpHeaders headers) {
    Locale locale = ErrorResponses.language(headers);
    List<ApiJson.FieldError> errors =
        e.getConstraintViolations().stream()
            .map(v -> new ApiJson.FieldError(field(v), message(v, locale)))
            .sorted(
                Comparator.comparing((ApiJson.FieldError f) -> f.field)
                    .thenComparing(f -> f.message))
            .toList();
    return ErrorResponses.of(400, ErrorResponses.text(headers, "api.invalid"), errors);
  }

  /**
   * The violation's message in the caller's language: whoever validated (the API's body check, a
   * service's) interpolated it in the server's, so its template is interpolated again.
   */
  private static String message(ConstraintViolation<?> violation, Locale locale) {
    try {
      return INTERPOLATOR.interpolate(
          violation.getMessageTemplate(),
          new MessageInterpolator.Context() {
            @Override
            public ConstraintDescriptor<?> getConstraintDescriptor() {
              return violation.getConstraintDescriptor();
            }

            @Override
            public Object getValidatedValue() {
              return violation.getInvalidValue();
            }

            @Override
            public <T> T unwrap(Class<T> type) {
              throw new ValidationException("no provider context here: " + type);
            }
          },
          locale);
    } catch (RuntimeException templateNeedingTheProvidersContext) {
      return violation.getMessage();
    }
  }

  /**
   * The bad field as the API names it: the body's properties joined by dots (newNote.text); a
   * service's draft field by its API name; a missing body by the parameter's name.
   */
  private static String field(ConstraintViolation<?> violation) {
    List<String> properties = new ArrayList<>();
    String parameter = "";
    for (Path.Node node : violation.getPropertyPath()) {
      if (node.getKind() == ElementKind.PROPERTY) {
        properties.add(node.getName());
      } else if (node.getKind() == ElementKind.PARAMETER) {
        parameter = node.getName();
      }
    }
    if (properties.isEmpty()) {
      return parameter;
    }
    String field = String.join(".", properties);
    return API_FIELDS.getOrDefault(field, field);
  }
}
