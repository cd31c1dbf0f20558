package com.vianet.partnersupport.reports;

/**
 * Escalations of one partner, service and category in one ISO week, as the nightly job aggregates
 * them. Times are in hours; a missing percentile (no such events) is NaN.
 */
public record EscalationAggregate(
    String partner,
    String service,
    String category,
    String isoWeek,
    long escalations,
    long appropriate,
    long inappropriate,
    long unreviewed,
    long deflected,
    double firstContactMedianHours,
    double firstContactP90Hours,
    double resolutionMedianHours,
    double resolutionP90Hours,
    long targetBreaches) {}
