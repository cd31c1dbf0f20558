package com.vianet.partnersupport.portal.dashboard;

import com.vianet.partnersupport.core.request.RequestStatus;
import com.vianet.partnersupport.core.user.Action;
import com.vianet.partnersupport.portal.i18n.LocaleSelection;
import com.vianet.partnersupport.portal.i18n.Messages;
import com.vianet.partnersupport.portal.i18n.ViewerTime;
import com.vianet.partnersupport.portal.request.RequestStatistics;
import com.vianet.partnersupport.portal.security.CurrentUser;
import com.vianet.partnersupport.portal.security.PartnerScope;
import com.vianet.partnersupport.portal.table.CappedCount;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

/**
 * The first page after sign-in, for each role what it acts on: partner users what needs them and
 * their escalations over 12 weeks; agents their queue; managers and compliance reviewers the weekly
 * figures as charts. Loads once (and again when the filters change); the figures service queries.
 */
@Named
@ViewScoped
public class DashboardView implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final int WEEKS = 12;

  @Inject private CurrentUser currentUser;
  @Inject private RequestStatistics statistics;
  @Inject private DashboardFigures figures;
  @Inject private ViewerTime viewerTime;
  @Inject private LocaleSelection localeSelection;

  private Map<RequestStatus, Long> openByStatus;
  private long verdictsReceived;
  private long actionsDue;
  private long assignedToMe;
  private long unassigned;
  private long contactsToday;
  private Map<String, Long> dueWithinTheHour;
  private Map<String, Long> breachedBySeverity;
  private Map<String, long[]> topPartners;
  private List<WeekFigures> weeks = List.of();
  private String weeksChart;
  private Long partnerId;
  private Long serviceId;

  @PostConstruct
  void load() {
    PartnerScope scope = currentUser.scope();
    openByStatus = statistics.openRequestsByStatus(scope);
    OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
    if (currentUser.isPartnerUser()) {
      verdictsReceived = figures.verdictsSince(scope, now.minusDays(30));
      actionsDue = figures.actionsDueBy(scope, LocalDate.now(viewerTime.getZone()).plusDays(7));
    }
    if (scope.may(Action.WORK_REQUEST)) {
      assignedToMe = figures.assignedTo(scope, currentUser.getUserId());
      unassigned = figures.unassigned(scope);
      contactsToday =
          figures.contactsSince(
              scope,
              currentUser.getUserId(),
              LocalDate.now(viewerTime.getZone())
                  .atStartOfDay(viewerTime.getZone())
                  .toOffsetDateTime());
    }
    if (!currentUser.isPartnerUser()) {
      dueWithinTheHour = figures.dueBeforeBySeverity(scope, now.plus(Duration.ofHours(1)));
      breachedBySeverity = figures.dueBeforeBySeverity(scope, now);
    }
    loadWeeks();
  }

  /** The weekly figures again, for the partner and service chosen. */
  public void loadWeeks() {
    PartnerScope scope = currentUser.scope();
    if (!currentUser.isPartnerUser() && !scope.may(Action.READ_REPORTS)) {
      return;
    }
    weeks = figures.weeks(scope, partnerId, serviceId, WEEKS);
    weeksChart = WeeklyChart.json(weeks, key -> Messages.format(localeSelection.getLocale(), key));
    if (scope.may(Action.READ_REPORTS) && !weeks.isEmpty()) {
      topPartners = figures.topPartners(scope, weeks.get(weeks.size() - 1).isoWeek(), 5);
    }
  }

  /** Counts are capped (CappedCount): shown as "1,000+" past the cap, in the viewer's language. */
  public String getOpenRequests() {
    return CappedCount.sum(openByStatus.values(), localeSelection.getLocale());
  }

  public List<RequestStatus> getOpenStatuses() {
    return List.copyOf(openByStatus.keySet());
  }

  public String count(RequestStatus status) {
    return CappedCount.shown(openByStatus.getOrDefault(status, 0L), localeSelection.getLocale());
  }

  public String getWaitingForPartner() {
    return count(RequestStatus.WAITING_FOR_PARTNER);
  }

  public long getVerdictsReceived() {
    return verdictsReceived;
  }

  public long getActionsDue() {
    return actionsDue;
  }

  public String getAssignedToMe() {
    return CappedCount.shown(assignedToMe, localeSelection.getLocale());
  }

  public String getUnassigned() {
    return CappedCount.shown(unassigned, localeSelection.getLocale());
  }

  public long getContactsToday() {
    return contactsToday;
  }

  public String getDueWithinTheHour() {
    return CappedCount.sum(
        dueWithinTheHour == null ? List.of() : dueWithinTheHour.values(),
        localeSelection.getLocale());
  }

  /** Open requests of a severity past a target. */
  public String breached(String severity) {
    return CappedCount.shown(
        breachedBySeverity.getOrDefault(severity, 0L), localeSelection.getLocale());
  }

  public List<String> getSeverities() {
    return breachedBySeverity == null ? List.of() : List.copyOf(breachedBySeverity.keySet());
  }

  public Map<String, long[]> getTopPartners() {
    return topPartners;
  }

  public List<String> getTopPartnerNames() {
    return topPartners == null ? List.of() : List.copyOf(topPartners.keySet());
  }

  public List<WeekFigures> getWeeks() {
    return weeks;
  }

  public String getWeeksChart() {
    return weeksChart;
  }

  public boolean isHasWeeks() {
    return !weeks.isEmpty();
  }

  public Long getPartnerId() {
    return partnerId;
  }

  public void setPartnerId(Long partnerId) {
    this.partnerId = partnerId;
  }

  public Long getServiceId() {
    return serviceId;
  }

  public void setServiceId(Long serviceId) {
    this.serviceId = serviceId;
  }
}
