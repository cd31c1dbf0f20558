package com.vianet.partnersupport.portal.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vianet.partnersupport.portal.testing.Deployments;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The Partner Center shaped REST API, called over HTTP as a script would. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ServiceRequestApiIT {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.portal();
  }

  @ArquillianResource URL base;

  private final HttpClient client = HttpClient.newHttpClient();

  private HttpResponse<String> call(
      String user, String method, String path, String body, String... headers) throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(base + "api/v1/servicerequests" + path))
            .header("Accept", "application/json")
            .header("Accept-Language", "en")
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body));
    if (body != null) {
      request.header("Content-Type", "application/json");
    }
    if (user != null) {
      request.header(
          "Authorization",
          "Basic "
              + Base64.getEncoder()
                  .encodeToString((user + ":Demo#2026").getBytes(StandardCharsets.UTF_8)));
    }
    for (int i = 0; i < headers.length; i += 2) {
      request.setHeader(headers[i], headers[i + 1]);
    }
    return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static JsonObject json(HttpResponse<String> response) {
    return Json.createReader(new StringReader(response.body())).readObject();
  }

  /** A 400's field errors as "field: message", sorted, joined by "; ". */
  private static String fieldErrors(HttpResponse<String> response) {
    assertEquals(400, response.statusCode(), response.body());
    return json(response).getJsonArray("errors").stream()
        .map(
            e -> e.asJsonObject().getString("field") + ": " + e.asJsonObject().getString("message"))
        .sorted()
        .collect(java.util.stream.Collectors.joining("; "));
  }

  private String firstTopic() throws Exception {
    JsonArray topics =
        json(call("contoso.admin", "GET", "/supporttopics", null)).getJsonArray("items");
    return topics.getJsonObject(0).getString("id");
  }

  private String newRequest(String title) throws Exception {
    return """
    {"title": %s, "description": "Orders API returns 500 since this morning.", "severity": "critical",
     "supportTopicId": "%s",
     "primaryContact": {"firstName": "Wei", "lastName": "Li", "email": "li.wei@contoso.example.cn",
                        "phoneNumber": "+86 21 5555 0100"}}
    """
        .formatted(Json.createValue(title).toString(), firstTopic());
  }

  @Test
  void supportTopicsAreThePartnerCenterProblemTypes() throws Exception {
    HttpResponse<String> response = call("contoso.admin", "GET", "/supporttopics", null);
    assertEquals(200, response.statusCode());
    JsonObject topics = json(response);
    assertEquals(9, topics.getInt("totalCount"));
    var categories =
        topics.getJsonArray("items").stream()
            .map(t -> t.asJsonObject().getString("description"))
            .distinct()
            .sorted()
            .toList();
    assertEquals(
        java.util.List.of("billing", "customer_subscription_management", "technical"), categories);
  }

  @Test
  void scriptCreatesReadsListsAnnotatesAndClosesARequest() throws Exception {
    String title = "Orders API <b>fails</b> =1+1";
    HttpResponse<String> created = call("contoso.admin", "POST", "/en-US", newRequest(title));
    assertEquals(201, created.statusCode(), created.body());
    JsonObject request = json(created);
    String id = request.getString("id");
    assertTrue(
        created
            .headers()
            .firstValue("Location")
            .orElseThrow()
            .endsWith("/api/v1/servicerequests/" + id));
    assertEquals(title, request.getString("title"));
    assertEquals("open", request.getString("status"));
    assertEquals("critical", request.getString("severity"));
    assertEquals("CONTOSO", request.getJsonObject("organization").getString("id"));
    assertEquals("Li", request.getJsonObject("primaryContact").getString("lastName"));

    assertEquals(id, json(call("contoso.admin", "GET", "/" + id, null)).getString("id"));
    JsonObject list = json(call("contoso.admin", "GET", "?size=5", null));
    assertEquals(id, list.getJsonArray("items").getJsonObject(0).getString("id"));
    assertTrue(list.getInt("totalCount") >= 1);

    HttpResponse<String> noted =
        call(
            "contoso.admin", "PATCH", "/" + id, "{\"newNote\": {\"text\": \"Correlation id 42\"}}");
    assertEquals(200, noted.statusCode(), noted.body());
    assertEquals(
        "Correlation id 42", json(noted).getJsonArray("notes").getJsonObject(0).getString("text"));

    HttpResponse<String> closed =
        call("contoso.admin", "PATCH", "/" + id, "{\"status\": \"closed\"}");
    assertEquals("closed", json(closed).getString("status"));
    assertFalse(json(closed).isNull("lastClosedDate"));
  }

  @Test
  void aRetryWithTheSameRequestIdCreatesOneRequest() throws Exception {
    String requestId = UUID.randomUUID().toString();
    String first =
        json(call("contoso.admin", "POST", "", newRequest("Retry"), "MS-RequestId", requestId))
            .getString("id");
    String second =
        json(call("contoso.admin", "POST", "", newRequest("Retry"), "MS-RequestId", requestId))
            .getString("id");
    assertEquals(first, second);
  }

  @Test
  void anotherPartnerGetsNotFoundNeverTheData() throws Exception {
    String id =
        json(call("contoso.admin", "POST", "", newRequest("Contoso secret"))).getString("id");

    HttpResponse<String> get = call("fabrikam.admin", "GET", "/" + id, null);
    assertEquals(404, get.statusCode());
    assertFalse(get.body().contains("Contoso secret"));
    assertEquals(
        404, call("fabrikam.admin", "PATCH", "/" + id, "{\"status\": \"closed\"}").statusCode());
    assertFalse(call("fabrikam.admin", "GET", "?size=500", null).body().contains(id));
    assertEquals(200, call("vianet.agent", "GET", "/" + id, null).statusCode());
  }

  @Test
  void badInputGets400NamingEachBadField() throws Exception {
    String body =
        """
        {"title": "%s", "severity": "moderate", "supportTopicId": "%s",
         "primaryContact": {"firstName": "Li", "email": "not-an-email"}}
        """
            .formatted("x".repeat(201), firstTopic());
    HttpResponse<String> response = call("contoso.admin", "POST", "", body);
    assertEquals(400, response.statusCode(), response.body());
    JsonObject error = json(response);
    assertEquals(400, error.getInt("code"));
    var fields =
        error.getJsonArray("errors").stream()
            .map(v -> v.asJsonObject().getString("field"))
            .toList();
    assertTrue(
        fields.containsAll(java.util.List.of("title", "description", "primaryContact.email")),
        response.body());
    assertFalse(response.body().contains("Exception"), response.body());

    HttpResponse<String> severity =
        call("contoso.admin", "POST", "", newRequest("x").replace("critical", "unknown"));
    assertEquals(400, severity.statusCode());
    assertEquals(
        "severity: must be critical, moderate or minimal", fieldErrors(severity), severity.body());

    // The same checks in the caller's language, the body's and then the draft's.
    String wrongSeverity = newRequest("x").replace("critical", "unknown");
    assertEquals(
        "severity: deve essere critical, moderate o minimal",
        fieldErrors(call("contoso.admin", "POST", "", wrongSeverity, "Accept-Language", "it-IT")));
    String wrongEmail = newRequest("x").replace("li.wei@", "li wei@");
    assertEquals(
        "primaryContact.email: deve essere un indirizzo email nel formato corretto",
        fieldErrors(call("contoso.admin", "POST", "", wrongEmail, "Accept-Language", "it-IT")));
    assertEquals(
        "body: 请发送 JSON 格式的 ServiceRequest",
        fieldErrors(call("contoso.admin", "POST", "", "null", "Accept-Language", "zh-CN")));

    String id =
        json(call("contoso.admin", "POST", "", newRequest("Checked changes"))).getString("id");
    assertEquals(
        "status: can only be closed",
        fieldErrors(call("contoso.admin", "PATCH", "/" + id, "{\"status\": \"open\"}")));
    assertEquals(
        "newNote.text: must not be blank",
        fieldErrors(call("contoso.admin", "PATCH", "/" + id, "{\"newNote\": {\"text\": \" \"}}")));

    HttpResponse<String> malformed = call("contoso.admin", "POST", "", "{\"title\": ");
    assertEquals(400, malformed.statusCode(), malformed.body());
    assertEquals(
        JsonValue.ValueType.OBJECT,
        Json.createReader(new StringReader(malformed.body())).readValue().getValueType());
  }

  @Test
  void theApiIsDescribedByAnOpenApiDocument() throws Exception {
    HttpResponse<String> document =
        client.send(
            HttpRequest.newBuilder(base.toURI().resolve("/openapi")).build(),
            HttpResponse.BodyHandlers.ofString());
    assertEquals(200, document.statusCode(), document.body());
    assertTrue(document.body().contains("/api/v1/servicerequests/supporttopics"), document.body());
    assertTrue(document.body().contains("Partner Support API"));
  }

  @Test
  void withoutCredentialsTheApiAnswers401() throws Exception {
    HttpResponse<String> response = call(null, "GET", "", null);
    assertEquals(401, response.statusCode());
    assertTrue(response.headers().firstValue("WWW-Authenticate").orElseThrow().startsWith("Basic"));
    HttpRequest wrong =
        HttpRequest.newBuilder(URI.create(base + "api/v1/servicerequests"))
            .header(
                "Authorization",
                "Basic "
                    + Base64.getEncoder()
                        .encodeToString("contoso.admin:nope".getBytes(StandardCharsets.UTF_8)))
            .build();
    assertEquals(401, client.send(wrong, HttpResponse.BodyHandlers.ofString()).statusCode());
  }

  @Test
  void concurrentRetriesOfOneSubmissionAllGetTheFirstRequest() throws Exception {
    String requestId = UUID.randomUUID().toString();
    String body = newRequest("Sixteen retries at once");
    java.util.concurrent.ExecutorService pool =
        java.util.concurrent.Executors.newFixedThreadPool(8);
    try {
      List<java.util.concurrent.Future<HttpResponse<String>>> sent = new java.util.ArrayList<>();
      for (int i = 0; i < 16; i++) {
        sent.add(
            pool.submit(() -> call("contoso.admin", "POST", "", body, "MS-RequestId", requestId)));
      }
      java.util.Set<String> ids = new java.util.HashSet<>();
      for (var response : sent) {
        HttpResponse<String> answer = response.get();
        assertEquals(201, answer.statusCode(), answer.body());
        ids.add(json(answer).getString("id"));
      }
      assertEquals(1, ids.size(), ids.toString());
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void anotherPartnerMayReuseTheSameRequestId() throws Exception {
    String requestId = UUID.randomUUID().toString();
    HttpResponse<String> contoso =
        call("contoso.admin", "POST", "", newRequest("Same id"), "MS-RequestId", requestId);
    HttpResponse<String> fabrikam =
        call("fabrikam.admin", "POST", "", newRequest("Same id"), "MS-RequestId", requestId);
    assertEquals(201, contoso.statusCode(), contoso.body());
    assertEquals(201, fabrikam.statusCode(), fabrikam.body());
    assertNotEquals(json(contoso).getString("id"), json(fabrikam).getString("id"));
  }

  @Test
  void theCmdletsBodyWithoutAPrimaryContactTakesTheCallersProfile() throws Exception {
    String body =
        """
        {"title": "From the cmdlet", "description": "No contact in the body.", "severity": "minimal",
         "supportTopicId": "%s"}
        """
            .formatted(firstTopic());
    HttpResponse<String> created = call("contoso.admin", "POST", "", body);
    assertEquals(201, created.statusCode(), created.body());
    JsonObject contact = json(created).getJsonObject("primaryContact");
    assertEquals("contoso.admin@example.cn", contact.getString("email"), contact.toString());
  }

  @Test
  void readersMayReadButNotChangeAPartnersRequest() throws Exception {
    String id =
        json(call("contoso.admin", "POST", "", newRequest("Readers only read"))).getString("id");
    assertEquals(200, call("manager", "GET", "/" + id, null).statusCode());
    for (String reader : List.of("manager", "compliance", "vianet.agent")) {
      HttpResponse<String> note =
          call(reader, "PATCH", "/" + id, "{\"newNote\": {\"text\": \"as staff\"}}");
      assertEquals(403, note.statusCode(), reader + ": " + note.body());
      assertTrue(note.body().contains("Your role does not allow this."), note.body());
    }
  }

  @Test
  void badPagingAndAnUnreadableLanguageStillAnswerJson() throws Exception {
    HttpResponse<String> paging = call("contoso.admin", "GET", "?offset=abc", null);
    assertEquals(400, paging.statusCode(), paging.body());
    assertTrue(paging.body().contains("offset must be 0 or more"), paging.body());
    HttpResponse<String> missing =
        call("contoso.admin", "GET", "/SR-NO-SUCH", null, "Accept-Language", ";;=q,,x-");
    assertEquals(404, missing.statusCode(), missing.body());
    assertTrue(missing.body().startsWith("{"), missing.body());
  }

  @Test
  void resourcesCarryPartnerCentersAttributesAndLinks() throws Exception {
    JsonObject created = json(call("contoso.admin", "POST", "", newRequest("Shaped like PC")));
    assertEquals("ServiceRequest", created.getJsonObject("attributes").getString("objectType"));
    String self = created.getJsonObject("links").getJsonObject("self").getString("uri");
    assertTrue(
        self.startsWith("/") && self.endsWith("/v1/servicerequests/" + created.getString("id")),
        self);
    assertEquals("Li Wei", created.getString("lastUpdatedBy"));
    JsonObject page = json(call("contoso.admin", "GET", "?offset=0&size=2", null));
    assertEquals("Collection", page.getJsonObject("attributes").getString("objectType"));
    assertTrue(
        page.getJsonObject("links")
            .getJsonObject("self")
            .getString("uri")
            .endsWith("offset=0&size=2"));
  }
}
