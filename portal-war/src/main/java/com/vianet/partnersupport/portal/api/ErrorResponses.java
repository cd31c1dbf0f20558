package com.vianet.partnersupport.portal.api;

import com.vianet.partnersupport.portal.i18n.Messages;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** Builds the API's JSON error answers, in the caller's language where we have it. */
final class ErrorResponses {

  private ErrorResponses() {}

  static Response of(int status, String description, List<ApiJson.FieldError> errors) {
    ApiJson.Error error = new ApiJson.Error();
    error.code = status;
    error.description = description;
    error.errors = errors;
    return Response.status(status).type(MediaType.APPLICATION_JSON).entity(error).build();
  }

  static String text(HttpHeaders headers, String key, Object... arguments) {
    Locale locale = language(headers);
    try {
      ResourceBundle bundle = ResourceBundle.getBundle(Messages.BUNDLE, locale);
      return new MessageFormat(bundle.getString(key), bundle.getLocale()).format(arguments);
    } catch (MissingResourceException e) {
      return key;
    }
  }

  /** The caller's language among ours; English when none or unreadable. */
  static Locale language(HttpHeaders headers) {
    try {
      return headers == null
          ? Locale.ENGLISH
          : Messages.supported(headers.getAcceptableLanguages().stream());
    } catch (RuntimeException malformedAcceptLanguage) {
      return Locale.ENGLISH;
    }
  }
}
