package com.vianet.partnersupport.portal.oidc;

import com.vianet.partnersupport.core.user.AccountEventKind;
import com.vianet.partnersupport.core.user.Role;
import com.vianet.partnersupport.core.user.SignInOutcome;
import com.vianet.partnersupport.portal.account.AccountEvents;
import com.vianet.partnersupport.portal.partner.Partner;
import com.vianet.partnersupport.portal.signin.SignInAudit;
import com.vianet.partnersupport.portal.signin.SignInGuard;
import com.vianet.partnersupport.portal.signin.SignInResult;
import com.vianet.partnersupport.portal.user.AppUser;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Who an organisational sign-in is: the user of that issuer and subject, or, at the first sign-in
 * of a person of a known partner's tenant (or of 21Vianet's own), a user created just in time. The
 * roles come from the token's claims through {@code oidc_role_mapping} at every sign-in: the
 * organisation decides them. A tenant that is no partner's, a suspended partner, a deactivated
 * account or claims that map to no role are refused, and every outcome is audited.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class OrganisationalSignIn {

  @PersistenceContext private EntityManager em;
  @Inject private SignInGuard guard;
  @Inject private AccountEvents events;

  public SignInResult signIn(
      OrganisationalIdentity identity, Optional<String> staffTenant, String clientAddress) {
    String auditName =
        Optional.ofNullable(identity.email()).orElse(identity.subject()).toLowerCase(Locale.ROOT);
    Optional<AppUser> known =
        em.createQuery(
                "SELECT u FROM AppUser u WHERE u.oidcIssuer = :issuer AND u.oidcSubject = :subject",
                AppUser.class)
            .setParameter("issuer", identity.issuer())
            .setParameter("subject", identity.subject())
            .getResultStream()
            .findFirst();
    boolean staff =
        staffTenant.isPresent() && staffTenant.get().equalsIgnoreCase(identity.tenantId());
    Partner partner = staff ? null : partnerOf(identity.tenantId());
    if (!staff && (partner == null || partner.isSuspended())) {
      return refuse(
          auditName,
          known.map(AppUser::getId).orElse(null),
          clientAddress,
          SignInOutcome.UNKNOWN_TENANT);
    }
    Set<String> roles = mappedRoles(identity.roleClaims(), staff);
    if (roles.isEmpty()) {
      return refuse(
          auditName, known.map(AppUser::getId).orElse(null), clientAddress, SignInOutcome.NO_ROLE);
    }
    AppUser user;
    if (known.isPresent()) {
      user = known.get();
      if (!user.isActive()
          || !java.util.Objects.equals(
              user.getPartner() == null ? null : user.getPartner().getId(),
              partner == null ? null : partner.getId())) {
        return refuse(auditName, user.getId(), clientAddress, SignInOutcome.INACTIVE);
      }
      if (!roles.equals(user.getRoles())) {
        user.replaceRoles(roles);
        events.record(null, user, AccountEventKind.ROLES_CHANGED, String.join(", ", roles));
      }
      user.refreshFromOrganisation(identity.displayName(), identity.email());
    } else {
      user =
          new AppUser(
              usernameFor(identity),
              Optional.ofNullable(identity.displayName())
                  .filter(n -> !n.isBlank())
                  .orElse(auditName),
              Optional.ofNullable(identity.email()).orElse(""),
              partner,
              "en",
              roles,
              OffsetDateTime.now(ZoneOffset.UTC));
      user.linkOrganisationalAccount(identity.issuer(), identity.subject());
      em.persist(user);
      em.flush();
      events.record(null, user, AccountEventKind.SIGNED_UP, String.join(", ", roles));
    }
    guard.record(
        user.getUsername(),
        user.getId(),
        clientAddress,
        SignInAudit.Channel.OIDC,
        SignInOutcome.SUCCESS);
    return SignInResult.signedIn(user.getUsername(), user.getRoles());
  }

  private SignInResult refuse(String name, Long userId, String address, SignInOutcome outcome) {
    guard.record(name, userId, address, SignInAudit.Channel.OIDC, outcome);
    return SignInResult.refused(outcome, 0);
  }

  private Partner partnerOf(String tenantId) {
    if (tenantId == null) {
      return null;
    }
    return em.createQuery("SELECT p FROM Partner p WHERE p.tenantId = :tenant", Partner.class)
        .setParameter("tenant", tenantId.toLowerCase(Locale.ROOT))
        .getResultStream()
        .findFirst()
        .orElse(null);
  }

  /** The mapped roles that fit the person: partner roles to a partner's, staff roles to staff. */
  private Set<String> mappedRoles(List<String> claims, boolean staff) {
    Set<String> roles = new HashSet<>();
    @SuppressWarnings("unchecked")
    List<Object[]> mapping =
        em.createNativeQuery("SELECT claim_value, role FROM oidc_role_mapping").getResultList();
    for (Object[] row : mapping) {
      if (claims.contains((String) row[0])) {
        Role.fromRoleName((String) row[1])
            .filter(role -> role.isPartnerRole() != staff)
            .ifPresent(role -> roles.add(role.roleName()));
      }
    }
    return roles;
  }

  /**
   * The e-mail when no one has it as a user name yet; otherwise a name derived from the subject.
   */
  private String usernameFor(OrganisationalIdentity identity) {
    String email = identity.email() == null ? "" : identity.email().toLowerCase(Locale.ROOT);
    if (!email.isBlank()
        && email.length() <= 100
        && em.createQuery("SELECT u.id FROM AppUser u WHERE LOWER(u.username) = :name")
            .setParameter("name", email)
            .getResultList()
            .isEmpty()) {
      return email;
    }
    return "oidc-"
        + com.vianet.partnersupport.core.user.PersonalDataMarks.sha256(
                identity.issuer() + " " + identity.subject())
            .substring(0, 24);
  }
}
