package com.vianet.partnersupport.portal.user;

import com.vianet.partnersupport.core.user.PasswordHashes;
import com.vianet.partnersupport.portal.partner.Partner;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
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

  @Id private Long id;

  @Column(nullable = false, unique = true, length = 100)
  private String username;

  @Column(name = "password_hash", nullable = false, length = 255)
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

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "app_user_role", joinColumns = @JoinColumn(name = "user_id"))
  @Column(name = "role")
  private Set<String> roles = new HashSet<>();

  protected AppUser() {}

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
    if (!active) {
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
