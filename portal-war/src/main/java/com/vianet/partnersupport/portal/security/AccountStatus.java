package com.vianet.partnersupport.portal.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What a signed-in account may do now: its roles if it is active and its partner is not suspended.
 * Read at every request of a session, so a deactivation or a role change made by an administrator
 * applies at the person's next click rather than at their next sign-in: one indexed query.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class AccountStatus {

  @PersistenceContext private EntityManager em;

  public Optional<Set<String>> currentRoles(String username) {
    List<Object[]> rows =
        em.createQuery(
                "SELECT u.id, r FROM AppUser u LEFT JOIN u.partner p LEFT JOIN u.roles r"
                    + " WHERE u.username = :username AND u.active = TRUE AND p.suspendedAt IS NULL",
                Object[].class)
            .setParameter("username", username)
            .getResultList();
    if (rows.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        rows.stream()
            .map(row -> (String) row[1])
            .filter(java.util.Objects::nonNull)
            .collect(java.util.stream.Collectors.toUnmodifiableSet()));
  }
}
