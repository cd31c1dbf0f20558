package com.vianet.partnersupport.portal.profile;

import com.vianet.partnersupport.core.user.Action;
import com.vianet.partnersupport.portal.security.PartnerScope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

/** Reads and saves a partner's support profile; a stale save is refused by the version column. */
@ApplicationScoped
@Transactional
public class SupportProfiles {

  @PersistenceContext private EntityManager em;

  public Optional<PartnerSupportProfile> of(long partnerId) {
    return Optional.ofNullable(em.find(PartnerSupportProfile.class, partnerId));
  }

  public PartnerSupportProfile save(
      @NotNull PartnerScope scope, @NotNull @Valid PartnerSupportProfile profile) {
    scope.require(Action.EDIT_SUPPORT_PROFILE);
    if (!scope.partnerId().map(id -> id.equals(profile.getPartnerId())).orElse(false)) {
      throw new IllegalArgumentException("A partner edits its own profile only");
    }
    profile.touch(OffsetDateTime.now(ZoneOffset.UTC));
    if (em.find(PartnerSupportProfile.class, profile.getPartnerId()) == null) {
      em.persist(profile);
      return profile;
    }
    return em.merge(profile);
  }
}
