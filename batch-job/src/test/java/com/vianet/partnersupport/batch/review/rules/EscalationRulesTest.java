package com.vianet.partnersupport.batch.review.rules;

import static org.assertj.core.api.Assertions.assertThat;

import com.vianet.partnersupport.batch.review.EscalationFlagger;
import com.vianet.partnersupport.core.request.RequestCategory;
import com.vianet.partnersupport.core.request.Resolution;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EscalationRulesTest {

  private static final Map<String, RuleSettings> SETTINGS =
      Map.of(
          "within-partner-scope",
              new RuleSettings("within-partner-scope", 1, true, Map.of("score", 0.6)),
          "self-help-available",
              new RuleSettings("self-help-available", 1, true, Map.of("score", 0.4)),
          "no-troubleshooting",
              new RuleSettings(
                  "no-troubleshooting",
                  2,
                  true,
                  Map.of("score", 0.7, "min-characters", 30.0, "same-text-escalations", 5.0)),
          "duplicate", new RuleSettings("duplicate", 1, true, Map.of("score", 0.8, "days", 7.0)),
          "guidance-only",
              new RuleSettings("guidance-only", 1, false, Map.of("score", 0.5, "max-hours", 24.0)),
          "agent-verdict", new RuleSettings("agent-verdict", 1, true, Map.of("score", 1.0)));

  private static final String REAL_STEPS =
      "Ran the connectivity analyser and recreated all Outlook profiles.";

  private static EscalationFacts facts(
      RequestCategory category,
      String steps,
      boolean blocker,
      boolean evidence,
      int selfHelp,
      int earlier,
      int sameSteps,
      Resolution resolution,
      Double hours,
      String verdict) {
    return new EscalationFacts(
        7,
        "SR7",
        category,
        "Desktop client cannot connect",
        steps,
        blocker,
        evidence,
        selfHelp,
        earlier,
        sameSteps,
        resolution,
        hours,
        verdict);
  }

  private static List<Flag> flags(EscalationFacts facts) {
    List<Flag> flags = new EscalationFlagger(EscalationRules.all(), SETTINGS).process(facts);
    return flags == null ? List.of() : flags;
  }

  @Test
  void aWellJustifiedBlockerIsNotFlagged() {
    assertThat(
            flags(
                facts(
                    RequestCategory.CLIENT_CONNECTIVITY,
                    REAL_STEPS,
                    true,
                    true,
                    0,
                    0,
                    0,
                    null,
                    null,
                    null)))
        .isEmpty();
  }

  @Test
  void aHowToQuestionWithoutABlockerIsWithinThePartnersScope() {
    List<Flag> flags =
        flags(facts(RequestCategory.HOW_TO, REAL_STEPS, false, false, 0, 0, 0, null, null, null));
    assertThat(flags)
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.ruleId()).isEqualTo("within-partner-scope");
              assertThat(f.score()).isEqualTo(0.6);
              assertThat(f.reason())
                  .isEqualTo(
                      "category 'how to' is within the partner's own support scope; no"
                          + " training/documentation/tools gap given");
            });
  }

  @Test
  void trivialOrPastedTroubleshootingIsFlaggedWithTheRuleVersion() {
    assertThat(
            flags(facts(RequestCategory.TECHNICAL, "n/a", true, true, 0, 0, 0, null, null, null)))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.ruleVersion()).isEqualTo(2);
              assertThat(f.reason()).contains("only \"n/a\"");
            });
    assertThat(
            flags(
                facts(
                    RequestCategory.TECHNICAL, REAL_STEPS, true, true, 0, 0, 6, null, null, null)))
        .singleElement()
        .satisfies(f -> assertThat(f.reason()).contains("6 other escalations"));
  }

  @Test
  void selfHelpDuplicatesAndAnAgentsVerdictEachFlag() {
    List<Flag> flags =
        flags(
            facts(
                RequestCategory.TECHNICAL,
                REAL_STEPS,
                true,
                true,
                2,
                1,
                0,
                null,
                null,
                "INAPPROPRIATE"));
    assertThat(flags)
        .extracting(Flag::ruleId)
        .containsExactly("self-help-available", "duplicate", "agent-verdict");
  }

  @Test
  void aDisabledRuleDoesNotFire() {
    assertThat(
            flags(
                facts(
                    RequestCategory.TECHNICAL,
                    REAL_STEPS,
                    true,
                    true,
                    0,
                    0,
                    0,
                    Resolution.GUIDANCE_ONLY,
                    2.0,
                    null)))
        .isEmpty();
  }
}
