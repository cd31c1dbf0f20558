package com.vianet.partnersupport.portal.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vianet.partnersupport.core.testing.Sql;
import com.vianet.partnersupport.core.user.ApiTokenSecrets;
import com.vianet.partnersupport.core.user.Role;
import com.vianet.partnersupport.portal.config.DatabaseStartup;
import com.vianet.partnersupport.portal.request.Actor;
import com.vianet.partnersupport.portal.request.PartnerCenterRequests;
import com.vianet.partnersupport.portal.security.PartnerScope;
import com.vianet.partnersupport.portal.testing.Deployments;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** A person's data exported and erased by a 21Vianet administrator, each action recorded. */
@ExtendWith(ArquillianExtension.class)
class PersonalDataIT {

  @Deployment
  static WebArchive deployment() {
    return Deployments.portal(PersonalDataIT.class);
  }

  @Resource(lookup = DatabaseStartup.DATA_SOURCE)
  DataSource dataSource;

  @Inject PersonalData personalData;
  @Inject PartnerCenterRequests requests;

  private static final PartnerScope ADMIN = PartnerScope.staff(Role.VIANET_ADMIN);

  /** The demo's administrator (added to databases whose demo predates the role). */
  private Actor admin() throws SQLException {
    update(
        "INSERT INTO app_user (username, password_hash, display_name, email, created_at) SELECT"
            + " 'vianet.admin', 'x', 'Sun Jie', 'sun.jie@21vianet.example.cn', CURRENT_TIMESTAMP"
            + " WHERE NOT EXISTS (SELECT 1 FROM app_user WHERE username = 'vianet.admin')");
    return new Actor(
        Sql.count(dataSource, "SELECT id FROM app_user WHERE username = 'vianet.admin'"),
        "Sun Jie");
  }

  @Test
  void anExportHoldsThePersonsAccountAndTheRequestsNamingThem() throws Exception {
    String email =
        Sql.text(dataSource, "SELECT email FROM app_user WHERE username = 'fabrikam.admin'");
    long named =
        Sql.count(
            dataSource,
            "SELECT COUNT(*) FROM support_request WHERE LOWER(contact_email) = LOWER('"
                + email
                + "')");
    JsonObject export =
        Json.createReader(
                new StringReader(personalData.export(ADMIN, admin(), email.toUpperCase())))
            .readObject();
    assertEquals(
        "fabrikam.admin", export.getJsonArray("accounts").getJsonObject(0).getString("username"));
    assertEquals(named, export.getJsonArray("requestsAsContact").size());
    assertEquals(
        1,
        Sql.count(
            dataSource,
            "SELECT COUNT(*) FROM personal_data_action WHERE kind = 'EXPORT' AND subject = '"
                + ApiTokenSecrets.sha256(email.toLowerCase())
                + "' AND actor_id = "
                + admin().userId()));
  }

  @Test
  void anErasureLeavesNoRequestOrAccountNamingThePerson() throws Exception {
    String email =
        Sql.text(dataSource, "SELECT email FROM app_user WHERE username = 'northwind.admin'");
    long before =
        Sql.count(
            dataSource,
            "SELECT COUNT(*) FROM support_request WHERE contact_email = '" + email + "'");
    assertTrue(before > 0, "the demo names the admin on requests");
    int changed = personalData.erase(ADMIN, admin(), email);
    assertEquals(before + 1, changed);
    assertEquals(
        0,
        Sql.count(
            dataSource,
            "SELECT COUNT(*) FROM support_request WHERE contact_email = '" + email + "'"));
    assertEquals(
        0,
        Sql.count(
            dataSource,
            "SELECT COUNT(*) FROM app_user WHERE display_name = 'Erase Me' OR email = '"
                + email
                + "'"));
    assertEquals(
        1, Sql.count(dataSource, "SELECT COUNT(*) FROM personal_data_action WHERE kind = 'ERASE'"));
    assertEquals(
        0,
        Sql.count(
            dataSource, "SELECT COUNT(*) FROM personal_data_action WHERE subject LIKE '%@%'"));
  }

  private void update(String sql) throws SQLException {
    try (var c = dataSource.getConnection();
        var s = c.createStatement()) {
      s.executeUpdate(sql);
    }
  }
}
