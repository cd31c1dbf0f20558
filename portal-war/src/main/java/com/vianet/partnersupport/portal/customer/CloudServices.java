package com.vianet.partnersupport.portal.customer;

import com.vianet.partnersupport.portal.partner.Partner;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;

/** The services 21Vianet operates and the partners it serves, as the filters list them. */
@ApplicationScoped
@Transactional
public class CloudServices {

  @PersistenceContext private EntityManager em;

  public List<CloudService> all() {
    return em.createQuery("SELECT s FROM CloudService s ORDER BY s.name", CloudService.class)
        .getResultList();
  }

  public List<Partner> partners() {
    return em.createQuery("SELECT p FROM Partner p ORDER BY p.name", Partner.class).getResultList();
  }
}
