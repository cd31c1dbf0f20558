package com.vianet.partnersupport.portal.signin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vianet.partnersupport.core.testing.Sql;
import com.vianet.partnersupport.portal.config.DatabaseStartup;
import com.vianet.partnersupport.portal.testing.Deployments;
import com.vianet.partnersupport.portal.testing.HttpSession;
import jakarta.annotation.Resource;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Guessing passwords on the running portal, by form and by HTTP Basic: slowed down, then locked,
 * per name and per address, audited, with the same answer for names nobody has. Runs inside the
 * server to change the policy (data) and read the audit, and calls the portal over HTTP.
 */
@ExtendWith(ArquillianExtension.class)
class SignInGuardIT {

  /** A hash as earlier versions stored it: PBKDF2 at 2,048 iterations, of "Right#2026". */
  private static final String WEAK_HASH =
      "PBKDF2WithHmacSHA256:2048:" + "c2FsdHNhbHRzYWx0c2FsdHNhbHRzYWx0c2FsdHNhbHQ=:";

  @Deployment
  static WebArchive deployment() {
    return Deployments.portal(SignInGuardIT.class, HttpSession.class);
  }

  @Resource(lookup = DatabaseStartup.DATA_SOURCE)
  DataSource dataSource;

  @ArquillianResource URL base;

  @AfterEach
  void restoreThePolicyAndForgetTheFailures() throws SQLException {
    update(
        "UPDATE sign_in_policy SET slow_after = 2, lock_after = 5, lock_minutes = 15,"
            + " address_max_failures = 100, address_window_minutes = 15");
    update("DELETE FROM sign_in_throttle");
    update("DELETE FROM sign_in_audit WHERE outcome <> 'SUCCESS'");
  }

  @Test
  void repeatedFailuresSlowDownThenLockTheNameEvenForTheRightPassword() throws Exception {
    String name = newUser();
    update("UPDATE sign_in_policy SET slow_after = 2, lock_after = 3");
    HttpSession person = new HttpSession(base);
    assertRefused(person.signIn(name, "guess-1"), "The user name or password is not correct.");
    assertRefused(person.signIn(name, "guess-2"), "The user name or password is not correct.");
    // Straight after the second failure even the right password waits.
    assertRefused(person.signIn(name, "Right#2026"), "Wait a moment, then try again.");
    Thread.sleep(1_100);
    assertRefused(person.signIn(name, "guess-3"), "The user name or password is not correct.");
    assertRefused(person.signIn(name, "Right#2026"), "this user name is locked for 15 minute(s)");
    HttpResponse<String> script = basic(name, "Right#2026");
    assertEquals(429, script.statusCode(), script.body());
    assertEquals("900", script.headers().firstValue("Retry-After").orElseThrow());
    assertTrue(script.body().contains("\"code\":429"), script.body());

    assertEquals(
        List.of(
            "BAD_CREDENTIALS", "BAD_CREDENTIALS", "SLOWED", "BAD_CREDENTIALS", "LOCKED", "LOCKED"),
        outcomes(name));
  }

  @Test
  void theRightPasswordSignsInAndUpgradesAWeakStoredHash() throws Exception {
    String name = newUser();
    assertEquals(302, new HttpSession(base).signIn(name, "Right#2026").statusCode());
    String hash =
        Sql.text(dataSource, "SELECT password_hash FROM app_user WHERE username = '" + name + "'");
    assertTrue(hash.startsWith("PBKDF2WithHmacSHA256:600000:"), hash);
    assertEquals(302, new HttpSession(base).signIn(name, "Right#2026").statusCode());
    assertEquals(List.of("SUCCESS", "SUCCESS"), outcomes(name));
  }

  @Test
  void aNameNobodyHasIsAnsweredLikeAWrongPasswordAndSlowedAlike() throws Exception {
    String nobody = "nobody-" + UUID.randomUUID();
    HttpSession visitor = new HttpSession(base);
    assertRefused(visitor.signIn(nobody, "x"), "The user name or password is not correct.");
    assertRefused(visitor.signIn(nobody, "y"), "The user name or password is not correct.");
    assertRefused(visitor.signIn(nobody, "z"), "Wait a moment, then try again.");
    HttpResponse<String> script = basic(nobody, "x");
    assertEquals(429, script.statusCode());
  }

  @Test
  void anAddressWithTooManyFailuresIsRefusedWhateverTheName() throws Exception {
    update("UPDATE sign_in_policy SET address_max_failures = 2");
    HttpSession visitor = new HttpSession(base);
    visitor.signIn("sprayed-" + UUID.randomUUID(), "Summer2026");
    visitor.signIn("sprayed-" + UUID.randomUUID(), "Summer2026");
    assertRefused(
        new HttpSession(base).signIn("contoso.admin", "Demo#2026"),
        "Too many failed sign-ins from your network.");
    assertEquals(429, basic("contoso.admin", "Demo#2026").statusCode());
  }

  @Test
  void anApiCallWithoutCredentialsGetsJsonNotAnHtmlPage() throws Exception {
    HttpResponse<String> response =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(base + "api/v1/servicerequests"))
                    .header("Accept-Language", "it")
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertEquals(401, response.statusCode());
    assertTrue(response.headers().firstValue("WWW-Authenticate").isPresent());
    assertTrue(response.body().startsWith("{\"code\":401"), response.body());
    assertTrue(response.body().contains("Accedi"), response.body());
  }

  private static void assertRefused(HttpResponse<String> signIn, String message) {
    assertEquals(200, signIn.statusCode(), "stays on the sign-in page");
    assertTrue(signIn.body().contains(message), signIn.body());
  }

  private HttpResponse<String> basic(String user, String password) throws Exception {
    return HttpClient.newHttpClient()
        .send(
            HttpRequest.newBuilder(URI.create(base + "api/v1/servicerequests"))
                .header(
                    "Authorization",
                    "Basic "
                        + Base64.getEncoder()
                            .encodeToString(
                                (user + ":" + password).getBytes(StandardCharsets.UTF_8)))
                .build(),
            HttpResponse.BodyHandlers.ofString());
  }

  /** A partner admin of Contoso whose password is stored as earlier versions stored it. */
  private String newUser() throws Exception {
    String name = "guard-" + UUID.randomUUID().toString().substring(0, 8);
    String hash = WEAK_HASH + weakDigest();
    try (Connection c = dataSource.getConnection();
        PreparedStatement insert =
            c.prepareStatement(
                "INSERT INTO app_user (username, password_hash, display_name, email, partner_id,"
                    + " created_at) SELECT ?, ?, 'Guard Test', 'guard@contoso.example.cn', id,"
                    + " CURRENT_TIMESTAMP FROM partner WHERE code = 'CONTOSO'")) {
      insert.setString(1, name);
      insert.setString(2, hash);
      insert.executeUpdate();
    }
    update(
        "INSERT INTO app_user_role (user_id, role) SELECT id, 'partner-admin' FROM app_user"
            + " WHERE username = '"
            + name
            + "'");
    return name;
  }

  private static String weakDigest() throws Exception {
    byte[] salt = Base64.getDecoder().decode("c2FsdHNhbHRzYWx0c2FsdHNhbHRzYWx0c2FsdHNhbHQ=");
    byte[] key =
        javax.crypto.SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256")
            .generateSecret(
                new javax.crypto.spec.PBEKeySpec("Right#2026".toCharArray(), salt, 2048, 256))
            .getEncoded();
    return Base64.getEncoder().encodeToString(key);
  }

  private List<String> outcomes(String name) throws SQLException {
    List<String> outcomes = new ArrayList<>();
    try (Connection c = dataSource.getConnection();
        PreparedStatement query =
            c.prepareStatement(
                "SELECT outcome FROM sign_in_audit WHERE username = ? ORDER BY id")) {
      query.setString(1, name);
      try (ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          outcomes.add(rows.getString(1));
        }
      }
    }
    return outcomes;
  }

  private void update(String sql) throws SQLException {
    try (Connection c = dataSource.getConnection();
        Statement s = c.createStatement()) {
      s.executeUpdate(sql);
    }
  }
}
