package com.vianet.partnersupport.portal.security;

import com.vianet.partnersupport.core.user.Action;
import com.vianet.partnersupport.core.user.Role;
import java.io.Serializable;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Who is asking: whose data a query may see, one partner's (partner staff, always) or every
 * partner's (21Vianet staff), and with which roles, so each service action checks the role matrix
 * ({@link Action}) itself. Services take it as a parameter so that no query can forget it.
 */
public final class PartnerScope implements Serializable {

  private static final long serialVersionUID = 2L;

  private final Long partnerId;
  private final Set<Role> roles;

  private PartnerScope(Long partnerId, Set<Role> roles) {
    this.partnerId = partnerId;
    this.roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
  }

  /** Partner staff of one partner, with their roles. */
  public static PartnerScope partnerStaff(long partnerId, Set<Role> roles) {
    return new PartnerScope(partnerId, roles);
  }

  public static PartnerScope partnerStaff(Role role, long partnerId) {
    return partnerStaff(partnerId, Set.of(role));
  }

  /** 21Vianet staff: every partner, with their roles. */
  public static PartnerScope staff(Set<Role> roles) {
    return new PartnerScope(null, roles);
  }

  public static PartnerScope staff(Role role) {
    return staff(Set.of(role));
  }

  /**
   * The scope of a user with these stored role names: partner staff need their partner (without it
   * they see nothing and are refused), anyone else is 21Vianet staff.
   */
  public static PartnerScope forUser(Long partnerId, Collection<String> roleNames) {
    Set<Role> roles =
        roleNames.stream()
            .map(Role::fromRoleName)
            .flatMap(Optional::stream)
            .collect(Collectors.toUnmodifiableSet());
    if (partnerId != null) {
      return partnerStaff(partnerId, roles);
    }
    if (roles.stream().anyMatch(Role::isPartnerRole)) {
      throw new IllegalStateException("A partner user without a partner");
    }
    return staff(roles);
  }

  public Optional<Long> partnerId() {
    return Optional.ofNullable(partnerId);
  }

  /** Refuses a caller whose roles the matrix does not allow this action. */
  public void require(Action action) {
    if (!may(action)) {
      throw NotAllowedException.of(action);
    }
  }

  public boolean may(Action action) {
    return action.allowedToAny(roles);
  }

  /**
   * Refuses partner staff: for what only 21Vianet staff may see (the console, running remediation
   * plans).
   */
  public void requireStaff() {
    if (partnerId != null) {
      throw NotAllowedException.staffOnly();
    }
  }

  public boolean includes(long partner) {
    return partnerId == null || partnerId == partner;
  }

  @Override
  public String toString() {
    return (partnerId == null ? "all partners" : "partner " + partnerId) + " as " + roles;
  }
}
