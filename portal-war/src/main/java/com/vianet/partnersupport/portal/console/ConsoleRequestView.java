package com.vianet.partnersupport.portal.console;

import com.vianet.partnersupport.core.request.RequestStatus;
import com.vianet.partnersupport.core.request.Resolution;
import com.vianet.partnersupport.core.request.Severity;
import com.vianet.partnersupport.portal.escalation.CustomerEscalations;
import com.vianet.partnersupport.portal.escalation.EscalationJustification;
import com.vianet.partnersupport.portal.escalation.EscalationVerdict;
import com.vianet.partnersupport.portal.escalation.EscalationVerdicts;
import com.vianet.partnersupport.portal.escalation.VerdictDraft;
import com.vianet.partnersupport.portal.escalation.VerdictReason;
import com.vianet.partnersupport.portal.i18n.Messages;
import com.vianet.partnersupport.portal.request.EditAttempt;
import com.vianet.partnersupport.portal.request.RequestRejectedException;
import com.vianet.partnersupport.portal.request.SupportRequest;
import com.vianet.partnersupport.portal.security.CurrentUser;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.io.Serializable;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/**
 * Console › Request: an agent takes it, logs contacts, moves it on, lowers its severity, judges an
 * escalation. The version read when the page opened is the one every change is checked against.
 */
@Named
@ViewScoped
public class ConsoleRequestView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private com.vianet.partnersupport.portal.escalation.VerdictContests contests;
  @Inject private CurrentUser currentUser;
  @Inject private com.vianet.partnersupport.portal.i18n.ViewerTime viewerTime;
  @Inject private SupportConsole console;
  @Inject private ResponseClocks clocks;
  @Inject private EscalationVerdicts verdicts;
  @Inject private CustomerEscalations escalations;
  @Inject private Messages messages;

  private Long id;
  private int seenVersion;
  private transient SupportRequest request;
  private RequestClocks requestClocks;
  private List<RequestContact> contacts;
  private transient EscalationJustification justification;
  private com.vianet.partnersupport.portal.escalation.VerdictContest contest;
  private transient List<com.vianet.partnersupport.portal.escalation.AdviceShown> adviceShown =
      List.of();
  private transient EscalationVerdict verdict;

  private ContactDraft contact = new ContactDraft();
  private RequestStatus nextStatus;
  private Resolution resolution;

  @Size(max = 4000) private String statusNote;

  private Severity lowerSeverity;

  @Size(max = 1000) private String severityReason;

  private VerdictDraft verdictDraft = new VerdictDraft();

  public void load() throws IOException {
    FacesContext context = FacesContext.getCurrentInstance();
    try {
      request = console.find(currentUser.scope(), id == null ? -1 : id);
    } catch (RequestRejectedException e) {
      context.getExternalContext().responseSendError(404, "Not found");
      context.responseComplete();
      return;
    }
    seenVersion = request.getVersion();
    requestClocks = clocks.read(request, Instant.now());
    contacts = console.contacts(currentUser.scope(), request.getId());
    justification = escalations.justification(request.getId()).orElse(null);
    adviceShown = escalations.adviceShown(request.getId());
    contest = contests.of(request.getId()).orElse(null);
    verdict = verdicts.of(request.getId()).orElse(null);
    if (contact.getContactedAt() == null) {
      contact.setContactedAt(viewerTime.nowTyped());
    }
    contact.setZone(viewerTime.getZone());
  }

  public void take() throws IOException {
    after(
        EditAttempt.run(
            messages,
            () -> console.take(currentUser.scope(), id, seenVersion, currentUser.actor()),
            "console.taken",
            request.getNumber()));
  }

  public void logContact() throws IOException {
    if (after(
        EditAttempt.run(
            messages,
            () ->
                console.logContact(
                    currentUser.scope(), id, seenVersion, currentUser.actor(), contact),
            "console.contactLogged",
            request.getNumber()))) {
      contact = new ContactDraft();
      contact.setZone(viewerTime.getZone());
    }
  }

  public void changeStatus() throws IOException {
    if (after(
        EditAttempt.run(
            messages,
            () ->
                console.changeStatus(
                    currentUser.scope(),
                    id,
                    seenVersion,
                    currentUser.actor(),
                    nextStatus,
                    resolution,
                    statusNote),
            "console.statusChanged",
            request.getNumber()))) {
      nextStatus = null;
      statusNote = null;
      resolution = null;
    }
  }

  public void lowerSeverity() throws IOException {
    if (after(
        EditAttempt.run(
            messages,
            () ->
                console.lowerSeverity(
                    currentUser.scope(),
                    id,
                    seenVersion,
                    currentUser.actor(),
                    lowerSeverity,
                    severityReason),
            "console.severityLowered",
            request.getNumber()))) {
      severityReason = null;
    }
  }

  public void recordVerdict() throws IOException {
    if (after(
        EditAttempt.run(
            messages,
            () ->
                console.recordVerdict(
                    currentUser.scope(), id, seenVersion, currentUser.actor(), verdictDraft),
            "console.verdictRecorded",
            request.getNumber()))) {
      verdictDraft = new VerdictDraft();
    }
  }

  /** Reloads either way: after a refusal the agent sees what changed meanwhile. */
  private boolean after(boolean done) throws IOException {
    load();
    return done;
  }

  public boolean isMine() {
    return request != null && currentUser.getUserId().equals(request.getAssignedTo());
  }

  public List<RequestStatus> getNextStatuses() {
    return request.getStatus().allowedNext().stream().sorted().toList();
  }

  public List<Severity> getLowerSeverities() {
    return Arrays.stream(Severity.values())
        .filter(s -> s.ordinal() > request.getSeverity().ordinal())
        .toList();
  }

  public List<VerdictReason> getVerdictReasons() {
    return verdicts.reasons();
  }

  public String reasonLabel(VerdictReason reason) {
    return reason.label(FacesContext.getCurrentInstance().getViewRoot().getLocale());
  }

  public List<String> getVerdictReasonLabels() {
    return verdict == null
        ? List.of()
        : verdicts.reasonLabels(
            verdict, FacesContext.getCurrentInstance().getViewRoot().getLocale());
  }

  public EscalationVerdict.Verdict[] getVerdictChoices() {
    return EscalationVerdict.Verdict.values();
  }

  public List<Resolution> getResolutions() {
    return Resolution.byVianet();
  }

  public SupportRequest getRequest() {
    return request;
  }

  public RequestClocks getClocks() {
    return requestClocks;
  }

  public List<RequestContact> getContacts() {
    return contacts;
  }

  public EscalationJustification getJustification() {
    return justification;
  }

  public EscalationVerdict getVerdict() {
    return verdict;
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public ContactDraft getContact() {
    return contact;
  }

  public RequestStatus getNextStatus() {
    return nextStatus;
  }

  public void setNextStatus(RequestStatus nextStatus) {
    this.nextStatus = nextStatus;
  }

  public Resolution getResolution() {
    return resolution;
  }

  public void setResolution(Resolution resolution) {
    this.resolution = resolution;
  }

  public String getStatusNote() {
    return statusNote;
  }

  public void setStatusNote(String statusNote) {
    this.statusNote = statusNote;
  }

  public Severity getLowerSeverity() {
    return lowerSeverity;
  }

  public void setLowerSeverity(Severity lowerSeverity) {
    this.lowerSeverity = lowerSeverity;
  }

  public String getSeverityReason() {
    return severityReason;
  }

  public void setSeverityReason(String severityReason) {
    this.severityReason = severityReason;
  }

  public VerdictDraft getVerdictDraft() {
    return verdictDraft;
  }

  /** The review's advice the partner saw before submitting, by rule and version. */
  public List<com.vianet.partnersupport.portal.escalation.AdviceShown> getAdviceShown() {
    return adviceShown;
  }

  public com.vianet.partnersupport.portal.escalation.VerdictContest getContest() {
    return contest;
  }
}
