package com.vianet.partnersupport.core.review;

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
                f.category().isPartnerSupportScope()
                        && !(f.anyBlocker() && (f.evidenceGiven() || f.attachments() > 0))
                    ? Optional.of(
                        s.flag(
                            f,
                            "category '"
                                + label(f)
                                + "' is within the partner's own support scope; "
                                + (f.anyBlocker()
                                    ? "a blocker is claimed without evidence (no text, no file)"
                                    : "no training/documentation/tools gap given"
                                        + (f.attachments() > 0
                                            ? " (attached: " + attachments(f) + ")"
                                            : ""))))
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
              Effort effort = Effort.of(steps, s.emptyPhrases());
              if (effort.units() < s.threshold("min-effort")) {
                return Optional.of(s.flag(f, tooLittle(steps, effort, s)));
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

  /** Every enabled rule that fires on these facts, in the rules' order. */
  public static List<Flag> flags(
      EscalationFacts facts, java.util.Map<String, RuleSettings> settings) {
    List<Flag> flags = new java.util.ArrayList<>();
    for (EscalationRule rule : all()) {
      RuleSettings ruleSettings = settings.get(rule.id());
      if (ruleSettings != null && ruleSettings.enabled()) {
        rule.apply(facts, ruleSettings).ifPresent(flags::add);
      }
    }
    return flags;
  }

  private static String tooLittle(String steps, Effort effort, RuleSettings s) {
    if (steps.isEmpty()) {
      return "what was tried is empty";
    }
    String quoted = steps.length() > 120 ? steps.substring(0, 120) + "…" : steps;
    return "what was tried (\""
        + quoted
        + "\") shows "
        + effort.distinctSteps()
        + " distinct step(s) worth "
        + effort.units()
        + " of the "
        + (int) s.threshold("min-effort")
        + " needed (a CJK character counts "
        + Effort.CJK_WEIGHT
        + ")"
        + (effort.emptyPhrasesFound().isEmpty()
            ? ""
            : "; empty phrases left out: \""
                + String.join("\", \"", effort.emptyPhrasesFound())
                + "\"");
  }

  private static String attachments(EscalationFacts f) {
    return "'"
        + f.firstAttachment()
        + "'"
        + (f.attachments() > 1 ? " and " + (f.attachments() - 1) + " more" : "");
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
