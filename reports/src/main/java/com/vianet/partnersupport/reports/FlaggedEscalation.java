package com.vianet.partnersupport.reports;

import java.time.LocalDate;

/** An escalation the review rules flagged, with the readable reasons of each rule that fired. */
public record FlaggedEscalation(
    String number,
    String partner,
    String customer,
    String service,
    String category,
    LocalDate created,
    LocalDate resolved,
    String rules,
    String reasons,
    double score,
    String verdict,
    String portalUrl) {}
