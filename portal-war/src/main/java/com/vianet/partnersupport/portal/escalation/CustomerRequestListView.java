package com.vianet.partnersupport.portal.escalation;

import com.vianet.partnersupport.core.request.RequestKind;
import com.vianet.partnersupport.core.request.RequestStatus;
import com.vianet.partnersupport.portal.customer.CloudService;
import com.vianet.partnersupport.portal.customer.CloudServices;
import com.vianet.partnersupport.portal.customer.CustomerDirectory;
import com.vianet.partnersupport.portal.customer.CustomerOption;
import com.vianet.partnersupport.portal.i18n.Messages;
import com.vianet.partnersupport.portal.request.RequestFilter;
import com.vianet.partnersupport.portal.request.RequestLazyModel;
import com.vianet.partnersupport.portal.request.RequestSearch;
import com.vianet.partnersupport.portal.security.CurrentUser;
import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * Support requests › Customer requests: the partner's escalations and deflected cases, and a
 * customer search.
 */
@Named
@ViewScoped
public class CustomerRequestListView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private com.vianet.partnersupport.portal.i18n.ViewerTime viewerTime;
  @Inject private CurrentUser currentUser;
  @Inject private RequestSearch search;
  @Inject private CustomerDirectory customers;
  @Inject private Messages messages;
  @Inject private CloudServices cloudServices;
  // A cache of what the page shows, reloaded after the view is restored.
  private transient List<CloudService> services;

  private final RequestFilter filter = new RequestFilter();
  private RequestLazyModel requests;
  private CustomerOption customer;
  private CustomerOption filterCustomer;

  @PostConstruct
  void init() {
    filter.setZone(viewerTime.getZone());
    filter.setCustomerKinds(true);
    requests = new RequestLazyModel(search, currentUser.scope(), filter);
  }

  public List<CustomerOption> completeCustomer(String text) {
    return customers.search(currentUser.scope(), text, 20);
  }

  /** New request for the customer picked in the search; asks for one when none is picked. */
  public String newRequest() {
    if (customer == null) {
      FacesContext.getCurrentInstance()
          .addMessage(
              null,
              new FacesMessage(
                  FacesMessage.SEVERITY_WARN, messages.get("escalation.chooseCustomer"), null));
      return null;
    }
    return "/customers/new?faces-redirect=true&customer=" + customer.id();
  }

  public void applyFilters() {
    filter.setCustomerId(filterCustomer == null ? null : filterCustomer.id());
  }

  /** Loaded once with the view. */
  public List<CloudService> getServices() {
    if (services == null) {
      services = cloudServices.all();
    }
    return services;
  }

  public RequestFilter getFilter() {
    return filter;
  }

  public RequestLazyModel getRequests() {
    return requests;
  }

  public RequestStatus[] getStatuses() {
    return RequestStatus.values();
  }

  public RequestKind[] getKinds() {
    return new RequestKind[] {RequestKind.ESCALATION, RequestKind.DEFLECTED};
  }

  public CustomerOption getCustomer() {
    return customer;
  }

  public void setCustomer(CustomerOption customer) {
    this.customer = customer;
  }

  public CustomerOption getFilterCustomer() {
    return filterCustomer;
  }

  public void setFilterCustomer(CustomerOption filterCustomer) {
    this.filterCustomer = filterCustomer;
  }
}
