package com.vianet.partnersupport.portal.privacy;

import com.vianet.partnersupport.core.user.Action;
import com.vianet.partnersupport.core.user.PersonalDataMarks;
import com.vianet.partnersupport.portal.request.Actor;
import com.vianet.partnersupport.portal.security.PartnerScope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;

/**
 * A person's data on their request, found by e-mail address: exported (as JSON: their account and
 * every request that names them as contact), or erased (those contact fields anonymised, their
 * account deactivated and stripped of name, e-mail and phone, its API tokens revoked). Each action
 * is recorded with who did it; the person only as a hash.
 */
@ApplicationScoped
@Transactional
public class PersonalData {

  private static final String ERASED = PersonalDataMarks.ERASED;

  @PersistenceContext private EntityManager em;

  public String export(
      @NotNull PartnerScope scope, @NotNull Actor actor, @NotBlank @Email String email) {
    scope.require(Action.HANDLE_PERSONAL_DATA);
    String address = email.strip();
    JsonObjectBuilder out = Json.createObjectBuilder().add("email", address);
    JsonArrayBuilder accounts = Json.createArrayBuilder();
    List<Object[]> users =
        rows(
            "SELECT u.username, u.display_name, u.email, u.phone, u.locale, u.time_zone, u.active,"
                + " p.name FROM app_user u LEFT JOIN partner p ON p.id = u.partner_id"
                + " WHERE LOWER(u.email) = ?",
            address);
    for (Object[] u : users) {
      accounts.add(
          Json.createObjectBuilder()
              .add("username", text(u[0]))
              .add("displayName", text(u[1]))
              .add("email", text(u[2]))
              .add("phone", text(u[3]))
              .add("language", text(u[4]))
              .add("timeZone", text(u[5]))
              .add("active", Boolean.parseBoolean(text(u[6])))
              .add("partner", text(u[7])));
    }
    JsonArrayBuilder requests = Json.createArrayBuilder();
    List<Object[]> named =
        rows(
            "SELECT r.request_number, r.title, r.contact_name, r.contact_email, r.contact_phone,"
                + " r.created_at, r.status FROM support_request r WHERE LOWER(r.contact_email) = ?"
                + " ORDER BY r.created_at",
            address);
    for (Object[] r : named) {
      requests.add(
          Json.createObjectBuilder()
              .add("number", text(r[0]))
              .add("title", text(r[1]))
              .add("contactName", text(r[2]))
              .add("contactEmail", text(r[3]))
              .add("contactPhone", text(r[4]))
              .add("createdAt", text(r[5]))
              .add("status", text(r[6])));
    }
    record(actor, PersonalDataAction.Kind.EXPORT, address, users.size() + named.size());
    return out.add("accounts", accounts).add("requestsAsContact", requests).build().toString();
  }

  /** Erases what names the person; returns how many accounts and requests were changed. */
  public int erase(
      @NotNull PartnerScope scope, @NotNull Actor actor, @NotBlank @Email String email) {
    scope.require(Action.HANDLE_PERSONAL_DATA);
    String address = email.strip().toLowerCase(Locale.ROOT);
    OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
    int requests =
        em.createNativeQuery(
                "UPDATE support_request SET contact_name = ?, contact_email = ?, contact_phone ="
                    + " NULL, anonymised_at = ? WHERE LOWER(contact_email) = ?")
            .setParameter(1, ERASED)
            .setParameter(2, ERASED)
            .setParameter(3, now)
            .setParameter(4, address)
            .executeUpdate();
    int tokens =
        em.createNativeQuery(
                "UPDATE api_token SET revoked_at = ?, revoked_by = ? WHERE revoked_at IS NULL AND"
                    + " created_by IN (SELECT id FROM app_user WHERE LOWER(email) = ?)")
            .setParameter(1, now)
            .setParameter(2, actor.userId())
            .setParameter(3, address)
            .executeUpdate();
    int accounts =
        em.createNativeQuery(
                "UPDATE app_user SET display_name = ?, email = ?, phone = NULL, active = FALSE"
                    + " WHERE LOWER(email) = ?")
            .setParameter(1, ERASED)
            .setParameter(2, ERASED)
            .setParameter(3, address)
            .executeUpdate();
    record(actor, PersonalDataAction.Kind.ERASE, address, requests + accounts + tokens);
    return requests + accounts;
  }

  private void record(Actor actor, PersonalDataAction.Kind kind, String address, int affected) {
    em.persist(
        new PersonalDataAction(
            OffsetDateTime.now(ZoneOffset.UTC),
            actor.userId(),
            kind,
            PersonalDataMarks.subject(address),
            affected));
  }

  @SuppressWarnings("unchecked")
  private List<Object[]> rows(String sql, String address) {
    return em.createNativeQuery(sql)
        .setParameter(1, address.toLowerCase(Locale.ROOT))
        .getResultList();
  }

  private static String text(Object value) {
    return value == null ? "" : value.toString();
  }
}
