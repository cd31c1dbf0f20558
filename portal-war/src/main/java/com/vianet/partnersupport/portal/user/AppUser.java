package com.vianet.partnersupport.portal.user;

import com.vianet.partnersupport.core.user.PasswordHashes;
import com.vianet.partnersupport.core.user.PasswordPolicy;
import com.vianet.partnersupport.portal.partner.Partner;
import com.vianet.partnersupport.portal.request.RequestRejectedException;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.HashSet;
import java.util.Set;

/** A person who signs in: partner staff (with a partner) or 21Vianet staff (without). */
@Entity
@Table(name = "app_user")
@NamedQuery(
    name = AppUser.BY_USERNAME,
    query = "SELECT u FROM AppUser u LEFT JOIN FETCH u.partner WHERE u.username = :username")
public class AppUser {

  public static final String BY_USERNAME = "AppUser.byUsername";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Version private int version;

  @Column(nullable = false, unique = true, length = 100)
  private String username;

  /** None for organisational users, and for invited ones until they accept. */
  @Column(name = "password_hash", length = 255)
  private String passwordHash;

  @Column(name = "display_name", nullable = false, length = 200)
  private String displayName;

  @Column(nullable = false, length = 254)
  private String email;

  @Column(length = 40)
  private String phone;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "partner_id")
  private Partner partner;

  @Column(nullable = false, length = 10)
  private String locale;

  @Column(name = "time_zone", nullable = false, length = 40)
  private String timeZone;

  @Column(nullable = false)
  private boolean active;

  @Column(name = "oidc_issuer", length = 500)
  private String oidcIssuer;

  @Column(name = "oidc_subject", length = 255)
  private String oidcSubject;

  @Column(name = "created_at", nullable = false)
  private java.time.OffsetDateTime createdAt;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "app_user_role", joinColumns = @JoinColumn(name = "user_id"))
  @Column(name = "role")
  private Set<String> roles = new HashSet<>();

  protected AppUser() {}

  /** A new, active account without a password (invited, or organisational). */
  public AppUser(
      String username,
      String displayName,
      String email,
      Partner partner,
      String languageTag,
      Set<String> roles,
      java.time.OffsetDateTime createdAt) {
    this.username = username;
    this.displayName = displayName;
    this.email = email;
    this.partner = partner;
    this.locale = languageTag;
    this.timeZone = "Asia/Shanghai";
    this.active = true;
    this.roles = new HashSet<>(roles);
    this.createdAt = createdAt;
  }

  /** Signs in through the organisation's provider as this issuer's subject. */
  public void linkOrganisationalAccount(String issuer, String subject) {
    this.oidcIssuer = issuer;
    this.oidcSubject = subject;
  }

  public int getVersion() {
    return version;
  }

  public boolean isOrganisational() {
    return oidcSubject != null;
  }

  public boolean hasPassword() {
    return passwordHash != null;
  }

  /**
   * A new password, if {@link PasswordPolicy} accepts it for this person (their own name and
   * address are no password); otherwise refused with the policy's message.
   */
  public void choosePassword(String password) {
    PasswordPolicy.check(password, username, email, displayName)
        .ifPresent(
            problem -> {
              throw new RequestRejectedException(problem.messageKey(), PasswordPolicy.MIN_LENGTH);
            });
    this.passwordHash = PasswordHashes.hash(password.toCharArray());
  }

  /** Ends access at the next request; the account stays for the history that names it. */
  public void deactivate() {
    this.active = false;
  }

  public void reactivate() {
    this.active = true;
  }

  public void replaceRoles(Set<String> roleNames) {
    roles.clear();
    roles.addAll(roleNames);
  }

  /** What an organisational sign-in says of the person: it wins over what was stored. */
  public void refreshFromOrganisation(String displayName, String email) {
    if (displayName != null && !displayName.isBlank()) {
      this.displayName = displayName.length() > 200 ? displayName.substring(0, 200) : displayName;
    }
    if (email != null && !email.isBlank() && email.length() <= 254) {
      this.email = email;
    }
  }

  public java.time.OffsetDateTime getCreatedAt() {
    return createdAt;
  }

  public Long getId() {
    return id;
  }

  public String getUsername() {
    return username;
  }

  public String getDisplayName() {
    return displayName;
  }

  public String getEmail() {
    return email;
  }

  public String getPhone() {
    return phone;
  }

  public Partner getPartner() {
    return partner;
  }

  public String getLocale() {
    return locale;
  }

  public String getTimeZone() {
    return timeZone;
  }

  /** The language (a BCP 47 tag) and the zone (an IANA id) the person chose on My account. */
  public void choosePreferences(String languageTag, String zoneId) {
    this.locale = languageTag;
    this.timeZone = zoneId;
  }

  public boolean isActive() {
    return active;
  }

  /**
   * Whether the password is this active user's; when it is and the stored hash is weaker than what
   * is written today, the hash is replaced (saved with the caller's transaction).
   */
  public boolean checkPassword(char[] password) {
    if (!active || passwordHash == null) {
      return PasswordHashes.matchesNobody(password);
    }
    if (!PasswordHashes.matches(password, passwordHash)) {
      return false;
    }
    if (PasswordHashes.needsUpgrade(passwordHash)) {
      passwordHash = PasswordHashes.hash(password);
    }
    return true;
  }

  public Set<String> getRoles() {
    return Set.copyOf(roles);
  }
}
