package com.vianet.partnersupport.portal.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vianet.partnersupport.core.testing.Sql;
import com.vianet.partnersupport.core.user.Role;
import com.vianet.partnersupport.core.user.SignInOutcome;
import com.vianet.partnersupport.portal.config.DatabaseStartup;
import com.vianet.partnersupport.portal.request.Actor;
import com.vianet.partnersupport.portal.request.RequestRejectedException;
import com.vianet.partnersupport.portal.security.AccountStatus;
import com.vianet.partnersupport.portal.security.NotAllowedException;
import com.vianet.partnersupport.portal.security.PartnerScope;
import com.vianet.partnersupport.portal.signin.SignInAudit;
import com.vianet.partnersupport.portal.signin.SignInGuard;
import com.vianet.partnersupport.portal.testing.Deployments;
import com.vianet.partnersupport.portal.token.ApiTokens;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * User and partner administration on the services themselves: invitations that work once, the
 * partner boundary, deactivation and suspension that end access, and the password policy.
 */
@ExtendWith(ArquillianExtension.class)
class AccountAdministrationIT {

  private static final String GOOD_PASSWORD = "copper lantern harbour violet";

  @Deployment
  static WebArchive deployment() {
    return Deployments.portal(AccountAdministrationIT.class);
  }

  @Resource(lookup = DatabaseStartup.DATA_SOURCE)
  DataSource dataSource;

  @Inject UserAdministration users;
  @Inject PartnerAdministration partners;
  @Inject AccountLinks links;
  @Inject SignInGuard guard;
  @Inject AccountStatus status;
  @Inject ApiTokens tokens;

  private long partner(String code) throws SQLException {
    return Sql.count(dataSource, "SELECT id FROM partner WHERE code = '" + code + "'");
  }

  private Actor contosoAdmin() throws SQLException {
    return new Actor(
        Sql.count(dataSource, "SELECT id FROM app_user WHERE username = 'contoso.admin'"),
        "Li Wei");
  }

  private PartnerScope contosoAdminScope() throws SQLException {
    return PartnerScope.partnerStaff(Role.PARTNER_ADMIN, partner("CONTOSO"));
  }

  /** The link in the last mail sent to this address: what the person clicks. */
  private String linkTokenMailedTo(String email) throws SQLException {
    String body =
        Sql.text(
            dataSource,
            "SELECT body FROM notification WHERE recipient = '"
                + email
                + "' ORDER BY id DESC FETCH FIRST 1 ROWS ONLY");
    Matcher token =
        Pattern.compile("set-password\\.xhtml\\?token=([A-Za-z0-9_-]{43})").matcher(body);
    assertTrue(token.find(), body);
    return token.group(1);
  }

  private String invite(PartnerScope scope, Actor actor, Long partnerId, String email, Role role)
      throws SQLException {
    users.invite(
        scope, actor, new Invitation(partnerId, email, "Invited " + email, Set.of(role), "it"));
    return linkTokenMailedTo(email);
  }

  @Test
  void anInvitedColleagueSetsAPasswordOnceAndSignsIn() throws Exception {
    String email = "zhao.lei@contoso.example.cn";
    String token =
        invite(contosoAdminScope(), contosoAdmin(), partner("CONTOSO"), email, Role.PARTNER_AGENT);
    String mail =
        Sql.text(dataSource, "SELECT subject FROM notification WHERE recipient = '" + email + "'");
    assertEquals("Il tuo invito a 21Vianet Partner Support", mail, "in the invitation's language");
    assertEquals(email, links.open(token).username());

    RequestRejectedException weak =
        assertThrows(
            RequestRejectedException.class, () -> links.setPassword(token, "password1234"));
    assertEquals("password.guessable", weak.messageKey());
    assertEquals(email, links.setPassword(token, GOOD_PASSWORD));
    RequestRejectedException again =
        assertThrows(
            RequestRejectedException.class, () -> links.setPassword(token, GOOD_PASSWORD + " x"));
    assertEquals("link.unusable", again.messageKey());

    assertTrue(
        guard
            .attempt(email, GOOD_PASSWORD.toCharArray(), "10.0.0.1", SignInAudit.Channel.FORM)
            .signedIn());
    assertEquals(Set.of("partner-agent"), status.currentRoles(email).orElseThrow());
    assertTrue(
        users.history(contosoAdminScope(), partner("CONTOSO")).stream()
            .anyMatch(
                row ->
                    row.kind().name().equals("JOINED") && row.user().equals("Invited " + email)));
  }

  @Test
  void partnerAdminCannotSeeOrChangeAnotherPartnersUsers() throws Exception {
    long fabrikamUser =
        Sql.count(
            dataSource,
            "SELECT MIN(u.id) FROM app_user u JOIN partner p ON p.id = u.partner_id WHERE p.code ="
                + " 'FABRIKAM'");
    assertThrows(
        NotAllowedException.class, () -> users.users(contosoAdminScope(), partner("FABRIKAM")));
    RequestRejectedException hidden =
        assertThrows(
            RequestRejectedException.class,
            () -> users.deactivate(contosoAdminScope(), contosoAdmin(), fabrikamUser, 0));
    assertEquals("users.notFound", hidden.messageKey());
    assertThrows(
        NotAllowedException.class,
        () ->
            users.invite(
                contosoAdminScope(),
                contosoAdmin(),
                new Invitation(
                    partner("FABRIKAM"),
                    "x@fabrikam.example.cn",
                    "X",
                    Set.of(Role.PARTNER_AGENT),
                    "en")));
    assertEquals(1, status.currentRoles("fabrikam.admin").stream().count(), "untouched");
  }

  @Test
  void partnerAgentsInviteNobodyAndPartnerAdminsGiveNoStaffRoles() throws Exception {
    PartnerScope agent = PartnerScope.partnerStaff(Role.PARTNER_AGENT, partner("CONTOSO"));
    assertThrows(
        NotAllowedException.class,
        () ->
            users.invite(
                agent,
                contosoAdmin(),
                new Invitation(
                    partner("CONTOSO"),
                    "a@contoso.example.cn",
                    "A",
                    Set.of(Role.PARTNER_AGENT),
                    "en")));
    RequestRejectedException staffRole =
        assertThrows(
            RequestRejectedException.class,
            () ->
                users.invite(
                    contosoAdminScope(),
                    contosoAdmin(),
                    new Invitation(
                        partner("CONTOSO"),
                        "b@contoso.example.cn",
                        "B",
                        Set.of(Role.VIANET_AGENT),
                        "en")));
    assertEquals("users.partnerRoles", staffRole.messageKey());
    long self = contosoAdmin().userId();
    assertEquals(
        "users.notYourself",
        assertThrows(
                RequestRejectedException.class,
                () -> users.deactivate(contosoAdminScope(), contosoAdmin(), self, version(self)))
            .messageKey());
  }

  @Test
  void deactivationEndsSignInSessionsAndTokensAndReactivationOnlySignIn() throws Exception {
    String email = "qian.yu@contoso.example.cn";
    links.setPassword(
        invite(contosoAdminScope(), contosoAdmin(), partner("CONTOSO"), email, Role.PARTNER_ADMIN),
        GOOD_PASSWORD);
    long id = Sql.count(dataSource, "SELECT id FROM app_user WHERE username = '" + email + "'");
    String token =
        tokens.create(
            contosoAdminScope(), new Actor(id, "Qian Yu"), "Her script", Role.PARTNER_AGENT);
    assertTrue(tokens.authenticate(token).isPresent());

    users.deactivate(contosoAdminScope(), contosoAdmin(), id, version(id));

    assertTrue(status.currentRoles(email).isEmpty(), "open sessions end at the next request");
    assertTrue(tokens.authenticate(token).isEmpty(), "her tokens are revoked");
    assertFalse(
        guard
            .attempt(email, GOOD_PASSWORD.toCharArray(), "10.0.0.2", SignInAudit.Channel.FORM)
            .signedIn());
    users.reactivate(contosoAdminScope(), contosoAdmin(), id, version(id));
    assertTrue(status.currentRoles(email).isPresent());
    assertTrue(tokens.authenticate(token).isEmpty(), "revoked tokens stay revoked");
  }

  @Test
  void aSuspendedPartnersPeopleAreRefusedAndTheirSessionsEnd() throws Exception {
    PartnerScope admin = PartnerScope.staff(Role.VIANET_ADMIN);
    Actor vianetAdmin =
        new Actor(
            Sql.count(dataSource, "SELECT id FROM app_user WHERE username = 'vianet.admin'"),
            "Admin");
    long created =
        partners.create(
            admin,
            vianetAdmin,
            new NewPartner(
                "ADVENTURE", "Adventure Works Cloud", "0f4a8e0c-5c1e-4a57-9d7e-1b2c3d4e5f60"));
    RequestRejectedException duplicate =
        assertThrows(
            RequestRejectedException.class,
            () ->
                partners.create(
                    admin,
                    vianetAdmin,
                    new NewPartner("ADVENTURE2", "Copy", "0F4A8E0C-5C1E-4A57-9D7E-1B2C3D4E5F60")));
    assertEquals("partners.tenantTaken", duplicate.messageKey());
    String email = "admin@adventure.example.cn";
    links.setPassword(
        invite(admin, vianetAdmin, created, email, Role.PARTNER_ADMIN), GOOD_PASSWORD);
    assertTrue(status.currentRoles(email).isPresent());

    partners.suspend(admin, vianetAdmin, created);

    assertTrue(status.currentRoles(email).isEmpty());
    assertEquals(
        SignInOutcome.INACTIVE,
        guard
            .attempt(email, GOOD_PASSWORD.toCharArray(), "10.0.0.3", SignInAudit.Channel.FORM)
            .outcome());
    partners.resume(admin, vianetAdmin, created);
    assertTrue(status.currentRoles(email).isPresent());
  }

  private long versionOf(long id) throws SQLException {
    return Sql.count(dataSource, "SELECT version FROM app_user WHERE id = " + id);
  }

  private int version(long id) throws SQLException {
    return (int) versionOf(id);
  }
}
