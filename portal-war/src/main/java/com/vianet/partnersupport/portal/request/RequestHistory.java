package com.vianet.partnersupport.portal.request;

import com.vianet.partnersupport.core.request.RequestStatus;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** One entry of a request's timeline: a state change or a note, who and when. */
@Entity
@Table(name = "request_history")
public class RequestHistory {

  /** What happened; the names are the ones stored. */
  public enum Event {
    CREATED,
    STATUS_CHANGED,
    NOTE,
    ASSIGNED,
    CONTACT_LOGGED,
    SEVERITY_CHANGED,
    VERDICT,
    ATTACHMENT_ADDED
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "request_id")
  private SupportRequest request;

  @Enumerated(EnumType.STRING)
  @Column(name = "event_type", nullable = false, length = 30)
  private Event event;

  @Enumerated(EnumType.STRING)
  @Column(name = "from_status", length = 20)
  private RequestStatus fromStatus;

  @Enumerated(EnumType.STRING)
  @Column(name = "to_status", length = 20)
  private RequestStatus toStatus;

  @Column(length = 4000)
  private String note;

  /** Bundle keys, space-separated, of what the entry is about: e.g. "contact.PHONE". */
  @Column(length = 100)
  private String detail;

  @Column(name = "actor_id")
  private Long actorId;

  @Column(name = "actor_name", nullable = false, length = 200)
  private String actorName;

  @Column(name = "visible_to_partner", nullable = false)
  private boolean visibleToPartner = true;

  @Column(name = "created_at", nullable = false)
  private OffsetDateTime createdAt;

  protected RequestHistory() {}

  RequestHistory(
      SupportRequest request,
      Event event,
      RequestStatus from,
      RequestStatus to,
      String note,
      String detail,
      Actor actor,
      OffsetDateTime at) {
    this.request = request;
    this.detail = detail;
    this.event = event;
    this.fromStatus = from;
    this.toStatus = to;
    this.note = note;
    this.actorId = actor.userId();
    this.actorName = actor.name();
    this.createdAt = at;
  }

  public Long getId() {
    return id;
  }

  public Event getEvent() {
    return event;
  }

  public RequestStatus getFromStatus() {
    return fromStatus;
  }

  public RequestStatus getToStatus() {
    return toStatus;
  }

  public String getNote() {
    return note;
  }

  public String getDetail() {
    return detail;
  }

  /** The detail's keys, for the page to translate each (a severity change has two). */
  public java.util.List<String> getDetailKeys() {
    return detail == null ? java.util.List.of() : java.util.List.of(detail.split(" "));
  }

  public String getActorName() {
    return actorName;
  }

  public boolean isVisibleToPartner() {
    return visibleToPartner;
  }

  public OffsetDateTime getCreatedAt() {
    return createdAt;
  }
}
