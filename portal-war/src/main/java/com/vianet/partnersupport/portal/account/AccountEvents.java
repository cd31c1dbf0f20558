package com.vianet.partnersupport.portal.account;

import com.vianet.partnersupport.core.user.AccountEventKind;
import com.vianet.partnersupport.portal.partner.Partner;
import com.vianet.partnersupport.portal.user.AppUser;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;

/** Records who changed which account, in the change's transaction, and reads it back. */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class AccountEvents {

  @PersistenceContext private EntityManager em;

  public void record(Long actorId, AppUser user, AccountEventKind kind, String detail) {
    em.persist(
        new AccountEvent(
            AccountLinks.now(),
            actorId,
            user.getId(),
            user.getPartner() == null ? null : user.getPartner().getId(),
            kind,
            detail));
  }

  public void record(Long actorId, Partner partner, AccountEventKind kind, String detail) {
    em.persist(new AccountEvent(AccountLinks.now(), actorId, null, partner.getId(), kind, detail));
  }

  /** The latest changes of one partner's accounts, or of 21Vianet staff's (partner null). */
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<AccountHistoryRow> latest(Long partnerId, int limit) {
    var query =
        em.createQuery(
                "SELECT NEW com.vianet.partnersupport.portal.account.AccountHistoryRow("
                    + "e.occurredAt, a.displayName, u.displayName, e.kind, e.detail)"
                    + " FROM AccountEvent e LEFT JOIN AppUser a ON a.id = e.actorId"
                    + " LEFT JOIN AppUser u ON u.id = e.userId WHERE "
                    + (partnerId == null ? "e.partnerId IS NULL" : "e.partnerId = :partnerId")
                    + " ORDER BY e.occurredAt DESC, e.id DESC",
                AccountHistoryRow.class)
            .setMaxResults(limit);
    return partnerId == null
        ? query.getResultList()
        : query.setParameter("partnerId", partnerId).getResultList();
  }
}
