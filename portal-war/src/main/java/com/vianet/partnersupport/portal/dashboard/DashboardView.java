package com.vianet.partnersupport.portal.dashboard;

import com.vianet.partnersupport.core.request.RequestStatus;
import com.vianet.partnersupport.portal.request.RequestStatistics;
import com.vianet.partnersupport.portal.security.CurrentUser;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;

/** The first page after sign-in: how many requests are open, for the user's partner or for all. */
@Named
@ViewScoped
public class DashboardView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private CurrentUser currentUser;
  @Inject private RequestStatistics statistics;

  private Map<RequestStatus, Long> openByStatus;

  @PostConstruct
  void load() {
    openByStatus = statistics.openRequestsByStatus(currentUser.scope());
  }

  public long getOpenRequests() {
    return openByStatus.values().stream().mapToLong(Long::longValue).sum();
  }

  public List<RequestStatus> getOpenStatuses() {
    return List.copyOf(openByStatus.keySet());
  }

  public long count(RequestStatus status) {
    return openByStatus.getOrDefault(status, 0L);
  }
}
