package com.vianet.partnersupport.portal.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.vianet.partnersupport.core.request.ContactMethod;
import com.vianet.partnersupport.core.request.RequestCategory;
import com.vianet.partnersupport.core.request.Severity;
import com.vianet.partnersupport.core.testing.Sql;
import com.vianet.partnersupport.core.user.PersonalDataMarks;
import com.vianet.partnersupport.core.user.Role;
import com.vianet.partnersupport.portal.config.DatabaseStartup;
import com.vianet.partnersupport.portal.request.Actor;
import com.vianet.partnersupport.portal.request.PartnerCenterRequests;
import com.vianet.partnersupport.portal.request.RequestDraft;
import com.vianet.partnersupport.portal.security.PartnerScope;
import com.vianet.partnersupport.portal.testing.Deployments;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.sql.SQLException;
import java.util.List;
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
                + PersonalDataMarks.subject(email)
                + "' AND actor_id = "
                + admin().userId()));
  }

  @Test
  void anErasureLeavesNoRequestOrAccountNamingThePerson() throws Exception {
    // A person of Northwind with an account, named as contact on two requests of their own: the
    // demo's people stay as they are for the other tests.
    String email = "erase.me." + System.nanoTime() + "@northwind.example.cn";
    update(
        "INSERT INTO app_user (username, password_hash, display_name, email, partner_id,"
            + " created_at) SELECT 'erase-me-"
            + System.nanoTime()
            + "', 'x', 'Erase Me', '"
            + email
            + "', id, CURRENT_TIMESTAMP FROM partner WHERE code = 'NORTHWIND'");
    PartnerScope northwind =
        PartnerScope.partnerStaff(
            Role.PARTNER_ADMIN,
            Sql.count(dataSource, "SELECT id FROM partner WHERE code = 'NORTHWIND'"));
    Actor someone =
        new Actor(
            Sql.count(dataSource, "SELECT id FROM app_user WHERE username = 'northwind.admin'"),
            "Zhang Min");
    for (String title : List.of("Invoice question", "Licence question")) {
      RequestDraft draft = new RequestDraft();
      draft.setCategory(RequestCategory.BILLING);
      draft.setTitle(title);
      draft.setDescription("Asked by the person who later asks to be erased.");
      draft.setSeverity(Severity.MINIMAL);
      draft.setContactName("Erase Me");
      draft.setContactEmail(email);
      draft.setPreferredContact(ContactMethod.EMAIL);
      requests.submit(northwind, someone, draft, List.of());
    }

    assertEquals(3, personalData.erase(ADMIN, admin(), email));
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
        1,
        Sql.count(
            dataSource,
            "SELECT COUNT(*) FROM personal_data_action WHERE kind = 'ERASE' AND subject = '"
                + PersonalDataMarks.subject(email)
                + "'"));
    assertEquals(
        0,
        Sql.count(
            dataSource, "SELECT COUNT(*) FROM personal_data_action WHERE subject LIKE '%@%'"));
    assertEquals(
        1,
        Sql.count(
            dataSource,
            "SELECT COUNT(*) FROM app_user WHERE username = 'northwind.admin' AND active"));
  }

  private void update(String sql) throws SQLException {
    try (var c = dataSource.getConnection();
        var s = c.createStatement()) {
      s.executeUpdate(sql);
    }
  }
}
