package com.vianet.partnersupport.portal.customer;

import com.vianet.partnersupport.portal.security.PartnerScope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Finds a partner's customers and their subscriptions; never another partner's. */
@ApplicationScoped
public class CustomerDirectory {

  private static final String OPTION =
      "SELECT NEW com.vianet.partnersupport.portal.customer.CustomerOption(c.id, c.name, c.domain,"
          + " c.tenantId) FROM Customer c ";

  @PersistenceContext private EntityManager em;

  /**
   * Customers with a word of the name, or the domain, starting with the text typed, or that tenant
   * id.
   */
  public List<CustomerOption> search(
      @NotNull PartnerScope scope, String text, @Min(1) @Max(100) int limit) {
    String typed = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
    String pattern = typed.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    long partnerId =
        scope
            .partnerId()
            .orElseThrow(() -> new IllegalArgumentException("A partner's scope is needed"));
    return em.createQuery(
            OPTION
                + "WHERE c.partner.id = :partnerId AND (LOWER(c.name) LIKE :pattern ESCAPE '\\' OR"
                + " LOWER(c.name) LIKE :wordPattern ESCAPE '\\' OR LOWER(c.domain) LIKE :pattern"
                + " ESCAPE '\\' OR c.tenantId = :typed) ORDER BY c.name, c.id",
            CustomerOption.class)
        .setParameter("partnerId", partnerId)
        .setParameter("pattern", pattern)
        .setParameter("wordPattern", "% " + pattern)
        .setParameter("typed", typed)
        .setMaxResults(limit)
        .getResultList();
  }

  public Optional<CustomerOption> find(@NotNull PartnerScope scope, long customerId) {
    return em.createQuery(OPTION + "WHERE c.id = :id", CustomerOption.class)
        .setParameter("id", customerId)
        .getResultStream()
        .filter(option -> scope.includes(partnerOf(option.id())))
        .findFirst();
  }

  public List<Subscription> subscriptions(@NotNull PartnerScope scope, long customerId) {
    long partnerId =
        scope
            .partnerId()
            .orElseThrow(() -> new IllegalArgumentException("A partner's scope is needed"));
    return em.createNamedQuery(Subscription.OF_CUSTOMER, Subscription.class)
        .setParameter("customerId", customerId)
        .setParameter("partnerId", partnerId)
        .getResultList();
  }

  private long partnerOf(long customerId) {
    return em.createQuery("SELECT c.partner.id FROM Customer c WHERE c.id = :id", Long.class)
        .setParameter("id", customerId)
        .getSingleResult();
  }
}
