package com.vianet.partnersupport.reports;

/** The key figures of one ISO week, for the managers' summary and trend sheets. */
public record WeeklyFigures(
    String isoWeek,
    long requests,
    long escalations,
    long deflected,
    long inappropriate,
    long targetBreaches,
    long openRemediationPlans,
    long escalatedDespiteAdvice,
    long deflectedAfterAdvice) {

  /** Share of reviewed-inappropriate escalations among all escalations of the week. */
  public double inappropriateRate() {
    return escalations == 0 ? 0 : (double) inappropriate / escalations;
  }
}
