package com.vianet.partnersupport.portal.escalation;

import com.vianet.partnersupport.core.review.ContestDecision;
import com.vianet.partnersupport.portal.i18n.Messages;
import com.vianet.partnersupport.portal.request.EditAttempt;
import com.vianet.partnersupport.portal.security.CurrentUser;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Contested verdicts awaiting a compliance reviewer's decision. Loads once and after each one. */
@Named
@ViewScoped
public class ContestsView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private CurrentUser currentUser;
  @Inject private VerdictContests contests;
  @Inject private Messages messages;

  private List<ContestRow> open = List.of();
  private final Map<Long, String> notes = new HashMap<>();

  @PostConstruct
  void load() {
    open = contests.open(currentUser.scope());
  }

  public void uphold(ContestRow row) {
    decide(row, ContestDecision.UPHELD, "contest.upheld");
  }

  public void overturn(ContestRow row) {
    decide(row, ContestDecision.OVERTURNED, "contest.overturned");
  }

  private void decide(ContestRow row, ContestDecision decision, String doneKey) {
    String note = notes.get(row.requestId());
    if (EditAttempt.run(
        messages,
        () ->
            contests.decide(
                currentUser.scope(),
                currentUser.actor(),
                row.requestId(),
                row.version(),
                decision,
                note),
        doneKey,
        row.number())) {
      notes.remove(row.requestId());
      load();
    }
  }

  public List<ContestRow> getOpen() {
    return open;
  }

  public Map<Long, String> getNotes() {
    return notes;
  }
}
