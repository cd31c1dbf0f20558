package com.vianet.partnersupport.portal.account;

import com.vianet.partnersupport.core.user.AccountEventKind;
import com.vianet.partnersupport.core.user.Action;
import com.vianet.partnersupport.portal.partner.Partner;
import com.vianet.partnersupport.portal.request.Actor;
import com.vianet.partnersupport.portal.request.RequestRejectedException;
import com.vianet.partnersupport.portal.security.PartnerScope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Locale;

/** 21Vianet administrators create partners with their tenant and suspend or resume them. */
@ApplicationScoped
@Transactional
public class PartnerAdministration {

  @PersistenceContext private EntityManager em;
  @Inject private AccountEvents events;

  public List<PartnerRow> partners(@NotNull PartnerScope scope) {
    scope.require(Action.MANAGE_PARTNERS);
    return em.createQuery(
            "SELECT NEW com.vianet.partnersupport.portal.account.PartnerRow(p.id, p.code, p.name,"
                + " p.tenantId, p.createdAt, p.suspendedAt, (SELECT COUNT(u) FROM AppUser u"
                + " WHERE u.partner = p AND u.active = TRUE)) FROM Partner p ORDER BY p.name, p.id",
            PartnerRow.class)
        .getResultList();
  }

  public long create(@NotNull PartnerScope scope, @NotNull Actor actor, @Valid NewPartner partner) {
    scope.require(Action.MANAGE_PARTNERS);
    String code = partner.code().strip().toUpperCase(Locale.ROOT);
    String tenant =
        partner.tenantId() == null || partner.tenantId().isBlank()
            ? null
            : partner.tenantId().strip().toLowerCase(Locale.ROOT);
    if (!em.createQuery("SELECT p.id FROM Partner p WHERE p.code = :code")
        .setParameter("code", code)
        .getResultList()
        .isEmpty()) {
      throw new RequestRejectedException("partners.codeTaken", code);
    }
    if (tenant != null
        && !em.createQuery("SELECT p.id FROM Partner p WHERE p.tenantId = :tenant")
            .setParameter("tenant", tenant)
            .getResultList()
            .isEmpty()) {
      throw new RequestRejectedException("partners.tenantTaken", tenant);
    }
    Partner created = new Partner(code, partner.name().strip(), AccountLinks.now());
    created.setTenantId(tenant);
    em.persist(created);
    em.flush();
    events.record(actor.userId(), created, AccountEventKind.PARTNER_CREATED, code);
    return created.getId();
  }

  /** Suspended: its people are refused at sign-in and at their next request. */
  public void suspend(@NotNull PartnerScope scope, @NotNull Actor actor, long partnerId) {
    Partner partner = locked(scope, partnerId);
    if (!partner.isSuspended()) {
      partner.suspend(AccountLinks.now());
      events.record(actor.userId(), partner, AccountEventKind.PARTNER_SUSPENDED, partner.getCode());
    }
  }

  public void resume(@NotNull PartnerScope scope, @NotNull Actor actor, long partnerId) {
    Partner partner = locked(scope, partnerId);
    if (partner.isSuspended()) {
      partner.resume();
      events.record(actor.userId(), partner, AccountEventKind.PARTNER_RESUMED, partner.getCode());
    }
  }

  private Partner locked(PartnerScope scope, long partnerId) {
    scope.require(Action.MANAGE_PARTNERS);
    Partner partner = em.find(Partner.class, partnerId, LockModeType.PESSIMISTIC_WRITE);
    if (partner == null) {
      throw new RequestRejectedException("users.notFound");
    }
    return partner;
  }
}
