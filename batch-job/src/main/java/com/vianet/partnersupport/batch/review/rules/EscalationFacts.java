package com.vianet.partnersupport.batch.review.rules;

import com.vianet.partnersupport.core.request.RequestCategory;
import com.vianet.partnersupport.core.request.Resolution;

/** What the rules look at for one escalation, read in one query. */
public record EscalationFacts(
    long requestId,
    String number,
    RequestCategory category,
    String problemTypeName,
    String stepsTried,
    boolean anyBlocker,
    boolean evidenceGiven,
    int selfHelpArticles,
    int earlierSameProblem,
    int sameStepsElsewhere,
    Resolution resolution,
    Double resolutionHours,
    String verdict) {}
