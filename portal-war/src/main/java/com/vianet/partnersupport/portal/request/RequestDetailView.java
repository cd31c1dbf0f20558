package com.vianet.partnersupport.portal.request;

import com.vianet.partnersupport.portal.download.DownloadRecord;
import com.vianet.partnersupport.portal.i18n.Messages;
import com.vianet.partnersupport.portal.security.CurrentUser;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/** One request: its fields, attachments and timeline; the partner adds information or closes it. */
@Named
@ViewScoped
public class RequestDetailView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private com.vianet.partnersupport.portal.escalation.VerdictContests contests;
  @Inject private CurrentUser currentUser;
  @Inject private PartnerCenterRequests requests;
  @Inject private AttachmentContents contents;
  @Inject private Messages messages;
  @Inject private com.vianet.partnersupport.portal.escalation.CustomerEscalations escalations;
  @Inject private com.vianet.partnersupport.portal.escalation.EscalationVerdicts verdicts;

  private String number;
  private boolean submitted;
  private transient SupportRequest request;
  private List<AttachmentSummary> attachments;
  private transient com.vianet.partnersupport.portal.escalation.EscalationJustification
      justification;
  private com.vianet.partnersupport.portal.escalation.VerdictContest contest;
  private Long requestId;
  private transient List<com.vianet.partnersupport.portal.escalation.AdviceShown> adviceShown =
      List.of();
  private transient com.vianet.partnersupport.portal.escalation.EscalationVerdict verdict;
  private List<String> verdictReasons = List.of();

  @Size(max = 4000) private String note;

  @Size(max = 4000) private String closeReason;

  /** Runs before the page renders; a request outside the user's partner is simply not found. */
  public void load() throws IOException {
    FacesContext context = FacesContext.getCurrentInstance();
    var found =
        number == null
            ? java.util.Optional.<SupportRequest>empty()
            : requests.find(currentUser.scope(), number);
    if (found.isEmpty()) {
      context.getExternalContext().responseSendError(404, "Not found");
      context.responseComplete();
      return;
    }
    request = found.get();
    attachments = requests.attachments(currentUser.scope(), number);
    justification = escalations.justification(request.getId()).orElse(null);
    adviceShown = escalations.adviceShown(request.getId());
    contest = contests.of(request.getId()).orElse(null);
    requestId = request.getId();
    verdict = verdicts.of(request.getId()).orElse(null);
    verdictReasons =
        verdict == null
            ? List.of()
            : verdicts.reasonLabels(verdict, context.getViewRoot().getLocale());
    if (submitted && !context.isPostback()) {
      context.addMessage(
          null,
          new FacesMessage(
              FacesMessage.SEVERITY_INFO, messages.get("request.submitted", number), null));
    }
  }

  public void addNote() throws IOException {
    act(
        () -> requests.addNote(currentUser.scope(), number, currentUser.actor(), note),
        "request.noteAdded");
    note = null;
  }

  public void close() throws IOException {
    act(
        () -> requests.close(currentUser.scope(), number, currentUser.actor(), closeReason),
        "request.closed");
    closeReason = null;
  }

  private void act(Runnable change, String doneKey) throws IOException {
    EditAttempt.run(messages, change, doneKey, number);
    load();
  }

  public StreamedContent download(long attachmentId) {
    RequestAttachment attachment =
        requests
            .download(
                currentUser.scope(),
                currentUser.actor(),
                number,
                attachmentId,
                DownloadRecord.Channel.PAGE)
            .orElseThrow();
    AttachmentContents source = contents;
    return DefaultStreamedContent.builder()
        .name(attachment.getFileName())
        .contentType(attachment.getContentType())
        .contentLength(attachment.getSizeBytes())
        .writer(out -> source.copy(attachmentId, out))
        .build();
  }

  public SupportRequest getRequest() {
    return request;
  }

  /** Why the partner escalated, for an escalation; null for other requests. */
  public com.vianet.partnersupport.portal.escalation.EscalationJustification getJustification() {
    return justification;
  }

  public List<AttachmentSummary> getAttachments() {
    return attachments;
  }

  /** 21Vianet's verdict on an escalation, once given; null before. */
  public com.vianet.partnersupport.portal.escalation.EscalationVerdict getVerdict() {
    return verdict;
  }

  public List<String> getVerdictReasons() {
    return verdictReasons;
  }

  public String getNumber() {
    return number;
  }

  public void setNumber(String number) {
    this.number = number;
  }

  public boolean isSubmitted() {
    return submitted;
  }

  public void setSubmitted(boolean submitted) {
    this.submitted = submitted;
  }

  public String getNote() {
    return note;
  }

  public void setNote(String note) {
    this.note = note;
  }

  public String getCloseReason() {
    return closeReason;
  }

  public void setCloseReason(String closeReason) {
    this.closeReason = closeReason;
  }

  /** The review's advice the partner saw before submitting, by rule and version. */
  public List<com.vianet.partnersupport.portal.escalation.AdviceShown> getAdviceShown() {
    return adviceShown;
  }

  public com.vianet.partnersupport.portal.escalation.VerdictContest getContest() {
    return contest;
  }

  @jakarta.validation.constraints.Size(max = 2000) private String contestReason;

  /** The partner admin contests the agent's "inappropriate" verdict, once. */
  public void contest() throws IOException {
    String reason = contestReason;
    act(
        () ->
            contests.contest(
                currentUser.scope(),
                currentUser.actor(),
                request.getId(),
                reason == null ? "" : reason),
        "contest.submitted");
    contestReason = null;
  }

  public String getContestReason() {
    return contestReason;
  }

  public void setContestReason(String contestReason) {
    this.contestReason = contestReason;
  }
}
