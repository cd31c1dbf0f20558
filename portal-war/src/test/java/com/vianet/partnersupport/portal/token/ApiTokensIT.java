package com.vianet.partnersupport.portal.token;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vianet.partnersupport.core.testing.Sql;
import com.vianet.partnersupport.core.user.Role;
import com.vianet.partnersupport.portal.config.DatabaseStartup;
import com.vianet.partnersupport.portal.request.Actor;
import com.vianet.partnersupport.portal.security.PartnerScope;
import com.vianet.partnersupport.portal.testing.Deployments;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.Base64;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Scripts with API tokens: stateless calls, the token's partner and role, revocation. */
@ExtendWith(ArquillianExtension.class)
class ApiTokensIT {

  @Deployment
  static WebArchive deployment() {
    return Deployments.portal(ApiTokensIT.class);
  }

  @Resource(lookup = DatabaseStartup.DATA_SOURCE)
  DataSource dataSource;

  @Inject ApiTokens tokens;

  @ArquillianResource URL base;

  private final HttpClient client = HttpClient.newHttpClient();

  private PartnerScope contosoAdmin() throws SQLException {
    return PartnerScope.partnerStaff(
        Role.PARTNER_ADMIN, Sql.count(dataSource, "SELECT id FROM partner WHERE code = 'CONTOSO'"));
  }

  private Actor admin() throws SQLException {
    return new Actor(
        Sql.count(dataSource, "SELECT id FROM app_user WHERE username = 'contoso.admin'"),
        "Li Wei");
  }

  private HttpResponse<String> get(String path, String authorization) throws Exception {
    return client.send(
        HttpRequest.newBuilder(URI.create(base + "api/v1/servicerequests" + path))
            .header("Authorization", authorization)
            .header("Accept-Language", "en")
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void aScriptCallsWithATokenAndTheApiKeepsNoSession() throws Exception {
    String token = tokens.create(contosoAdmin(), admin(), "Nightly sync", Role.PARTNER_AGENT);
    assertTrue(token.startsWith("psk_") && token.length() >= 47, token);
    HttpResponse<String> list = get("?size=5", "Bearer " + token);
    assertEquals(200, list.statusCode(), list.body());
    assertTrue(list.headers().allValues("Set-Cookie").isEmpty(), list.headers().map().toString());

    String basic =
        "Basic "
            + Base64.getEncoder()
                .encodeToString("contoso.admin:Demo#2026".getBytes(StandardCharsets.UTF_8));
    HttpResponse<String> withPassword = get("?size=5", basic);
    assertEquals(200, withPassword.statusCode());
    assertTrue(withPassword.headers().allValues("Set-Cookie").isEmpty());

    // Only the token's SHA-256 is stored.
    assertEquals(
        0,
        Sql.count(dataSource, "SELECT COUNT(*) FROM api_token WHERE token_hash = '" + token + "'"));
    assertEquals(
        1,
        Sql.count(
            dataSource,
            "SELECT COUNT(*) FROM api_token WHERE token_hash = '" + ApiTokens.hash(token) + "'"));
  }

  @Test
  void aTokenSeesOnlyItsPartnersRequests() throws Exception {
    String token = tokens.create(contosoAdmin(), admin(), "Scoped", Role.PARTNER_ADMIN);
    String fabrikamRequest =
        Sql.text(
            dataSource,
            "SELECT MIN(r.request_number) FROM support_request r JOIN partner p ON p.id ="
                + " r.partner_id WHERE p.code = 'FABRIKAM' AND r.kind = 'PARTNER'");
    assertEquals(404, get("/" + fabrikamRequest, "Bearer " + token).statusCode());
  }

  @Test
  void aRevokedOrForgedTokenIsRefusedWithJson() throws Exception {
    String token = tokens.create(contosoAdmin(), admin(), "To revoke", Role.PARTNER_AGENT);
    assertEquals(200, get("", "Bearer " + token).statusCode());
    long id =
        Sql.count(
            dataSource,
            "SELECT id FROM api_token WHERE token_hash = '" + ApiTokens.hash(token) + "'");
    tokens.revoke(contosoAdmin(), admin(), id);
    HttpResponse<String> revoked = get("", "Bearer " + token);
    assertEquals(401, revoked.statusCode());
    assertTrue(revoked.body().contains("not valid or has been revoked"), revoked.body());
    assertEquals(401, get("", "Bearer psk_" + "A".repeat(43)).statusCode());
    assertFalse(
        tokens.list(contosoAdmin()).stream()
                .filter(t -> t.getId() == id)
                .findFirst()
                .orElseThrow()
                .getRevokedAt()
            == null);
  }
}
