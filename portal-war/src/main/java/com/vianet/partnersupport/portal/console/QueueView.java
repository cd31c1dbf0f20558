package com.vianet.partnersupport.portal.console;

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

/** Console › Queue: every partner's open requests, with their response-target clocks. */
@Named
@ViewScoped
public class QueueView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private CurrentUser currentUser;
  @Inject private QueueSearch search;
  @Inject private ResponseClocks clocks;

  private final QueueFilter filter = new QueueFilter();
  private QueueLazyModel requests;

  @PostConstruct
  void init() {
    requests = new QueueLazyModel(search, clocks, filter, currentUser.getUserId());
  }

  public QueueFilter getFilter() {
    return filter;
  }

  public QueueLazyModel getRequests() {
    return requests;
  }

  public RequestKind[] getKinds() {
    return new RequestKind[] {RequestKind.PARTNER, RequestKind.ESCALATION};
  }

  public RequestCategory[] getCategories() {
    return RequestCategory.values();
  }

  public Severity[] getSeverities() {
    return Severity.values();
  }

  public RequestStatus[] getStatuses() {
    return RequestStatus.values();
  }

  public QueueFilter.Age[] getAges() {
    return QueueFilter.Age.values();
  }
}
