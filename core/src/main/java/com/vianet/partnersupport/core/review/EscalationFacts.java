package com.vianet.partnersupport.core.review;

import com.vianet.partnersupport.core.request.RequestCategory;
import com.vianet.partnersupport.core.request.Resolution;

/**
 * What the rules look at for one escalation: read in one query by the nightly job, or taken from
 * the form being filled in by the portal's advice (which has no number, history or verdict yet).
 * Evidence is the text the partner wrote and the files attached to the escalation.
 */
public record EscalationFacts(
    long requestId,
    String number,
    RequestCategory category,
    String problemTypeName,
    String stepsTried,
    boolean anyBlocker,
    boolean evidenceGiven,
    int attachments,
    String firstAttachment,
    int selfHelpArticles,
    int earlierSameProblem,
    int sameStepsElsewhere,
    Resolution resolution,
    Double resolutionHours,
    String verdict) {}
