package com.vianet.partnersupport.portal.request;

import com.vianet.partnersupport.core.request.RequestCategory;
import com.vianet.partnersupport.core.request.RequestKind;
import com.vianet.partnersupport.core.request.RequestStatus;
import com.vianet.partnersupport.core.request.Severity;
import com.vianet.partnersupport.portal.security.CurrentUser;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** Support requests › Partner Center requests: the partner's own requests, newest first. */
@Named
@ViewScoped
public class RequestListView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private com.vianet.partnersupport.portal.i18n.ViewerTime viewerTime;
  @Inject private CurrentUser currentUser;
  @Inject private RequestSearch search;

  private final RequestFilter filter = new RequestFilter();
  private RequestLazyModel requests;

  @PostConstruct
  void init() {
    filter.setZone(viewerTime.getZone());
    filter.setKind(RequestKind.PARTNER);
    requests = new RequestLazyModel(search, currentUser.scope(), filter);
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

  public List<RequestCategory> getCategories() {
    return RequestCategory.partnerCenterCategories();
  }

  public Severity[] getSeverities() {
    return Severity.values();
  }
}
