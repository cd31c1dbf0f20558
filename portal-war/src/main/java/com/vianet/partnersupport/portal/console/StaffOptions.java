package com.vianet.partnersupport.portal.console;

import com.vianet.partnersupport.portal.customer.CloudService;
import com.vianet.partnersupport.portal.customer.CloudServices;
import com.vianet.partnersupport.portal.partner.Partner;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** Choices of the staff pages' filters: every partner and every service. */
@Named
@RequestScoped
public class StaffOptions {

  @Inject private CloudServices services;

  private List<Partner> partners;
  private List<CloudService> serviceList;

  /** Read once per request, however often the page asks. */
  public List<Partner> getPartners() {
    if (partners == null) {
      partners = services.partners();
    }
    return partners;
  }

  public List<CloudService> getServices() {
    if (serviceList == null) {
      serviceList = services.all();
    }
    return serviceList;
  }
}
