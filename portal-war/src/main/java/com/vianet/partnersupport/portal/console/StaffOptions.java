package com.vianet.partnersupport.portal.console;

import com.vianet.partnersupport.portal.customer.CloudService;
import com.vianet.partnersupport.portal.partner.Partner;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/** Choices of the staff pages' filters: every partner and every service. */
@Named
@RequestScoped
public class StaffOptions {

  @PersistenceContext private EntityManager em;

  public List<Partner> getPartners() {
    return em.createQuery("SELECT p FROM Partner p ORDER BY p.name", Partner.class).getResultList();
  }

  public List<CloudService> getServices() {
    return em.createQuery("SELECT s FROM CloudService s ORDER BY s.name", CloudService.class)
        .getResultList();
  }
}
