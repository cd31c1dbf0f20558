package com.vianet.partnersupport.batch.review.rules;

import com.vianet.partnersupport.core.request.Resolution;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The rules of the nightly review. Reasons name the evidence, so a reviewer can check them. */
public final class EscalationRules {

  private EscalationRules() {}

  public static List<EscalationRule> all() {
    return List.of(
        rule(
            "within-partner-scope",
            (f, s) ->
                f.category().isPartnerSupportScope() && !(f.anyBlocker() && f.evidenceGiven())
                    ? Optional.of(
                        s.flag(
                            f,
                            "category '"
                                + label(f)
                                + "' is within the partner's own support scope; "
                                + (f.anyBlocker()
                                    ? "a blocker is claimed without evidence"
                                    : "no training/documentation/tools gap given")))
                    : Optional.empty()),
        rule(
            "self-help-available",
            (f, s) ->
                f.selfHelpArticles() > 0
                    ? Optional.of(
                        s.flag(
                            f,
                            f.selfHelpArticles()
                                + " published self-help item(s) cover '"
                                + f.problemTypeName()
                                + "'"))
                    : Optional.empty()),
        rule(
            "no-troubleshooting",
            (f, s) -> {
              String steps = f.stepsTried() == null ? "" : f.stepsTried().strip();
              if (steps.length() < s.threshold("min-characters")) {
                return Optional.of(
                    s.flag(
                        f,
                        "what was tried is "
                            + (steps.isEmpty() ? "empty" : "only \"" + steps + "\"")
                            + " (fewer than "
                            + (int) s.threshold("min-characters")
                            + " characters)"));
              }
              if (f.sameStepsElsewhere() >= s.threshold("same-text-escalations")) {
                return Optional.of(
                    s.flag(
                        f,
                        "the same 'what was tried' text is in "
                            + f.sameStepsElsewhere()
                            + " other escalations of the partner"));
              }
              return Optional.empty();
            }),
        rule(
            "duplicate",
            (f, s) ->
                f.earlierSameProblem() > 0
                    ? Optional.of(
                        s.flag(
                            f,
                            "the same customer, service and problem type was escalated "
                                + f.earlierSameProblem()
                                + " time(s) in the "
                                + (int) s.threshold("days")
                                + " days before"))
                    : Optional.empty()),
        rule(
            "guidance-only",
            (f, s) ->
                f.resolution() == Resolution.GUIDANCE_ONLY
                        && f.resolutionHours() != null
                        && f.resolutionHours() <= s.threshold("max-hours")
                    ? Optional.of(
                        s.flag(
                            f,
                            String.format(
                                Locale.ROOT,
                                "resolved by 21Vianet with guidance only in %.1f hours",
                                f.resolutionHours())))
                    : Optional.empty()),
        rule(
            "agent-verdict",
            (f, s) ->
                "INAPPROPRIATE".equals(f.verdict())
                    ? Optional.of(s.flag(f, "a 21Vianet agent judged the escalation inappropriate"))
                    : Optional.empty()));
  }

  private static String label(EscalationFacts f) {
    return f.category().name().toLowerCase(Locale.ROOT).replace('_', ' ');
  }

  private static EscalationRule rule(
      String id,
      java.util.function.BiFunction<EscalationFacts, RuleSettings, Optional<Flag>> check) {
    return new EscalationRule() {
      @Override
      public String id() {
        return id;
      }

      @Override
      public Optional<Flag> apply(EscalationFacts facts, RuleSettings settings) {
        return check.apply(facts, settings);
      }
    };
  }
}
