package com.vianet.partnersupport.portal.console;

import com.vianet.partnersupport.core.clock.BusinessCalendar;
import com.vianet.partnersupport.core.clock.ResponseTarget;
import com.vianet.partnersupport.core.clock.TargetClock;
import com.vianet.partnersupport.core.request.RequestStatus;
import com.vianet.partnersupport.core.request.Severity;
import com.vianet.partnersupport.portal.request.RequestHistory;
import com.vianet.partnersupport.portal.request.SupportRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Date;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads requests' clocks against the response targets kept as data (response_target,
 * business_calendar, business_holiday). The targets are re-read every few minutes; the waits for
 * the partner come from the requests' history, one query per page.
 */
@ApplicationScoped
@Transactional
public class ResponseClocks {

  private static final Duration RELOAD_AFTER = Duration.ofMinutes(5);

  @PersistenceContext private EntityManager em;

  @jakarta.inject.Inject private jakarta.enterprise.event.Event<TargetsChanged> changed;

  /** The response targets or the business calendar changed; the new version. */
  public record TargetsChanged(String version) {}

  private record Targets(
      TargetClock clock,
      Map<Severity, ResponseTarget> bySeverity,
      Instant loadedAt,
      String version) {}

  private volatile Targets targets;

  /** The clocks of a page of the queue, with one query for all their waits. */
  public Map<Long, RequestClocks> read(List<QueueItem> items, Instant now) {
    Targets current = targets(now);
    Map<Long, List<TargetClock.Pause>> pauses = pauses(items.stream().map(QueueItem::id).toList());
    Map<Long, RequestClocks> clocks = new HashMap<>();
    for (QueueItem item : items) {
      clocks.put(
          item.id(),
          clocks(
              current,
              item.severity(),
              item.createdAt(),
              item.firstContactAt(),
              item.resolvedAt(),
              pauses.getOrDefault(item.id(), List.of()),
              now));
    }
    return clocks;
  }

  /** The clocks of one request. */
  public RequestClocks read(SupportRequest request, Instant now) {
    return clocks(
        targets(now),
        request.getSeverity(),
        request.getCreatedAt(),
        request.getFirstContactAt(),
        request.getResolvedAt(),
        pauses(List.of(request.getId())).getOrDefault(request.getId(), List.of()),
        now);
  }

  /**
   * Sets when the request's targets fall due, as of now: on every change of the request (see
   * DueInstants) and when the targets themselves changed (DueInstantsRefresh).
   */
  public void schedule(SupportRequest request, Instant now) {
    Targets current = targets(now);
    RequestStatus status = request.getStatus();
    if (!status.isOnTheQueue()) {
      request.scheduleTargets(null, null, current.version());
      return;
    }
    ResponseTarget target = current.bySeverity().get(request.getSeverity());
    RequestClocks clocks =
        clocks(
            current,
            request.getSeverity(),
            request.getCreatedAt(),
            request.getFirstContactAt(),
            request.getResolvedAt(),
            request.waitsForPartner(),
            now);
    request.scheduleTargets(
        offset(current.clock().dueAt(target, clocks.firstResponse(), now)),
        offset(current.clock().dueAt(target, clocks.resolution(), now)),
        current.version());
  }

  /** The version of the targets and calendar in force: stale due instants carry another. */
  public String targetsVersion() {
    return targets(Instant.now()).version();
  }

  private static OffsetDateTime offset(Instant instant) {
    return instant == null ? null : instant.atOffset(java.time.ZoneOffset.UTC);
  }

  private static RequestClocks clocks(
      Targets current,
      Severity severity,
      OffsetDateTime createdAt,
      OffsetDateTime firstContactAt,
      OffsetDateTime resolvedAt,
      List<TargetClock.Pause> waits,
      Instant now) {
    ResponseTarget target = current.bySeverity().get(severity);
    Instant created = createdAt.toInstant();
    return new RequestClocks(
        current.clock().firstResponse(target, created, instant(firstContactAt), waits, now),
        current.clock().resolution(target, created, instant(resolvedAt), waits, now));
  }

  private Map<Long, List<TargetClock.Pause>> pauses(List<Long> requestIds) {
    Map<Long, List<TargetClock.Pause>> pauses = new HashMap<>();
    if (requestIds.isEmpty()) {
      return pauses;
    }
    List<Object[]> changes =
        em.createQuery(
                "SELECT h.request.id, h.createdAt, h.toStatus FROM RequestHistory h WHERE"
                    + " h.request.id IN :ids AND h.event = :event AND (h.fromStatus = :waiting OR"
                    + " h.toStatus = :waiting) ORDER BY h.createdAt, h.id",
                Object[].class)
            .setParameter("ids", requestIds)
            .setParameter("event", RequestHistory.Event.STATUS_CHANGED)
            .setParameter("waiting", RequestStatus.WAITING_FOR_PARTNER)
            .getResultList();
    Map<Long, Instant> waitingSince = new HashMap<>();
    for (Object[] change : changes) {
      Long id = (Long) change[0];
      Instant at = ((OffsetDateTime) change[1]).toInstant();
      if (change[2] == RequestStatus.WAITING_FOR_PARTNER) {
        waitingSince.put(id, at);
      } else if (waitingSince.containsKey(id)) {
        pauses
            .computeIfAbsent(id, k -> new ArrayList<>())
            .add(new TargetClock.Pause(waitingSince.remove(id), at));
      }
    }
    waitingSince.forEach(
        (id, since) ->
            pauses
                .computeIfAbsent(id, k -> new ArrayList<>())
                .add(new TargetClock.Pause(since, null)));
    return pauses;
  }

  private Targets targets(Instant now) {
    Targets current = targets;
    if (current == null || current.loadedAt().plus(RELOAD_AFTER).isBefore(now)) {
      Targets previous = current;
      current = load(now);
      targets = current;
      if (previous != null && !previous.version().equals(current.version())) {
        // Support changed the calendar or the targets: open requests fall due at other times.
        changed.fireAsync(new TargetsChanged(current.version()));
      }
    }
    return current;
  }

  private Targets load(Instant now) {
    Object[] calendar =
        (Object[])
            em.createNativeQuery(
                    "SELECT time_zone, opens_minute, closes_minute, open_days, warning_percent FROM"
                        + " business_calendar WHERE id = 1")
                .setFlushMode(jakarta.persistence.FlushModeType.COMMIT)
                .getSingleResult();
    Set<DayOfWeek> openDays =
        Arrays.stream(((String) calendar[3]).split(","))
            .map(day -> DayOfWeek.of(Integer.parseInt(day.strip())))
            .collect(Collectors.toSet());
    @SuppressWarnings("unchecked")
    List<Object> holidays =
        em.createNativeQuery("SELECT holiday_date FROM business_holiday")
            .setFlushMode(jakarta.persistence.FlushModeType.COMMIT)
            .getResultList();
    BusinessCalendar businessCalendar =
        new BusinessCalendar(
            ZoneId.of((String) calendar[0]),
            ((Number) calendar[1]).intValue(),
            ((Number) calendar[2]).intValue(),
            openDays,
            holidays.stream()
                .map(d -> d instanceof Date sql ? sql.toLocalDate() : (java.time.LocalDate) d)
                .collect(Collectors.toSet()));
    Map<Severity, ResponseTarget> bySeverity = new EnumMap<>(Severity.class);
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "SELECT severity, first_response_minutes, resolution_minutes,"
                    + " business_hours_only FROM response_target")
            .setFlushMode(jakarta.persistence.FlushModeType.COMMIT)
            .getResultList();
    for (Object[] row : rows) {
      Severity severity = Severity.valueOf((String) row[0]);
      bySeverity.put(
          severity,
          new ResponseTarget(
              severity,
              ((Number) row[1]).intValue(),
              ((Number) row[2]).intValue(),
              (Boolean) row[3]));
    }
    // Everything the due instants depend on, in a stable order: its digest names the version.
    String described =
        businessCalendar.zone()
            + "|"
            + businessCalendar.opensMinute()
            + "-"
            + businessCalendar.closesMinute()
            + "|"
            + new java.util.TreeSet<>(businessCalendar.openDays())
            + "|"
            + new java.util.TreeSet<>(businessCalendar.holidays())
            + "|"
            + calendar[4]
            + "|"
            + bySeverity.values();
    return new Targets(
        new TargetClock(businessCalendar, ((Number) calendar[4]).intValue()),
        bySeverity,
        now,
        com.vianet.partnersupport.core.user.ApiTokenSecrets.sha256(described).substring(0, 16));
  }

  private static Instant instant(OffsetDateTime at) {
    return at == null ? null : at.toInstant();
  }
}
