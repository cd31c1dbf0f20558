package com.vianet.partnersupport.portal.testing;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** A browser-less visitor: keeps cookies, does not follow redirects, posts Faces forms. */
public final class HttpSession {

  private static final Pattern VIEW_STATE =
      Pattern.compile("name=\"jakarta.faces.ViewState\" id=\"[^\"]+\" value=\"([^\"]+)\"");

  private static final Pattern NONCE = Pattern.compile("'nonce-([^']+)'");

  private final URI base;
  private final HttpClient client;

  public HttpSession(URL base) throws Exception {
    this.base = base.toURI();
    this.client =
        HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
  }

  public HttpResponse<String> get(String path) throws IOException, InterruptedException {
    return client.send(
        HttpRequest.newBuilder(base.resolve(path)).header("Accept-Language", "en").GET().build(),
        HttpResponse.BodyHandlers.ofString());
  }

  public HttpResponse<String> signIn(String username, String password)
      throws IOException, InterruptedException {
    return postBack(
        get("login.xhtml"),
        "login-form",
        Map.of(
            "login-form:username", username,
            "login-form:password", password,
            "login-form:sign-in", ""));
  }

  /**
   * Posts a page's form back as a browser would: its view state, the page's CSP nonce, the page's
   * address as Referer, and the given fields.
   */
  public HttpResponse<String> postBack(
      HttpResponse<String> page, String formId, Map<String, String> fields)
      throws IOException, InterruptedException {
    Matcher m = VIEW_STATE.matcher(page.body());
    if (!m.find()) {
      throw new IllegalStateException("No view state on " + page.uri());
    }
    Map<String, String> form = new LinkedHashMap<>();
    form.put(formId, formId);
    form.putAll(fields);
    form.put("jakarta.faces.ViewState", m.group(1));
    // PrimeFaces' CSP mode checks that a postback carries the nonce of the page it came from.
    page.headers()
        .firstValue("Content-Security-Policy")
        .map(NONCE::matcher)
        .filter(Matcher::find)
        .ifPresent(nonce -> form.put("primefaces.nonce", nonce.group(1)));
    String body =
        form.entrySet().stream()
            .map(
                e ->
                    URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)
                        + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
            .collect(Collectors.joining("&"));
    URI action = page.uri().resolve(page.uri().getRawPath());
    return client.send(
        HttpRequest.newBuilder(action)
            .header("Content-Type", "application/x-www-form-urlencoded")
            .header("Accept-Language", "en")
            .header("Referer", page.uri().toString())
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }
}
