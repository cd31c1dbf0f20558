package com.vianet.partnersupport.portal.user;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Optional;

/** Looks people up for those who hold no entity manager of their own (request-scoped callers). */
@ApplicationScoped
@Transactional
public class Users {

  @PersistenceContext private EntityManager em;

  public Optional<AppUser> byUsername(String username) {
    return em.createNamedQuery(AppUser.BY_USERNAME, AppUser.class)
        .setParameter("username", username)
        .getResultStream()
        .findFirst();
  }

  public AppUser byId(long id) {
    return em.find(AppUser.class, id);
  }
}
