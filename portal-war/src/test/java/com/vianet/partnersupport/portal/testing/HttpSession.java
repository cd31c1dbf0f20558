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
    HttpResponse<String> loginPage = get("login.xhtml");
    String page = loginPage.body();
    Matcher m = VIEW_STATE.matcher(page);
    if (!m.find()) {
      throw new IllegalStateException("No view state on the sign-in page");
    }
    Map<String, String> form = new LinkedHashMap<>();
    form.put("login-form", "login-form");
    form.put("login-form:username", username);
    form.put("login-form:password", password);
    form.put("login-form:sign-in", "");
    form.put("jakarta.faces.ViewState", m.group(1));
    // PrimeFaces' CSP mode checks that a postback carries the nonce of the page it came from.
    loginPage
        .headers()
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
    return client.send(
        HttpRequest.newBuilder(base.resolve("login.xhtml"))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .header("Accept-Language", "en")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }
}
