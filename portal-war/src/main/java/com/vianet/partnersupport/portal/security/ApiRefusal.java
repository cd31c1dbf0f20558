package com.vianet.partnersupport.portal.security;

import com.vianet.partnersupport.portal.i18n.Messages;
import jakarta.json.Json;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;
import java.util.Locale;

/**
 * The API's refusals that happen before JAX-RS runs (no or bad credentials, too many attempts),
 * with the same JSON body as its other errors, in the caller's language, and committed at once so
 * the container adds no HTML error page.
 */
final class ApiRefusal {

  private ApiRefusal() {}

  static void write(
      HttpServletRequest request,
      HttpServletResponse response,
      int status,
      String key,
      Object... args) {
    String body =
        Json.createObjectBuilder()
            .add("code", status)
            .add("description", Messages.format(language(request), key, args))
            .add("errors", Json.createArrayBuilder())
            .build()
            .toString();
    try {
      response.setStatus(status);
      response.setContentType("application/json");
      response.setCharacterEncoding("UTF-8");
      response.getWriter().write(body);
      response.flushBuffer();
    } catch (IOException e) {
      // The caller went away: nothing left to tell it.
    }
  }

  private static Locale language(HttpServletRequest request) {
    return Messages.supported(Collections.list(request.getLocales()).stream());
  }
}
