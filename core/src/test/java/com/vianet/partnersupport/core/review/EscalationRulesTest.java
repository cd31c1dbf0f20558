package com.vianet.partnersupport.core.review;

import static org.assertj.core.api.Assertions.assertThat;

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
                  Map.of("score", 0.7, "min-effort", 30.0, "same-text-escalations", 5.0),
                  List.of("tried again", "restarted", "请重试", "已重启", "riprovato", "riavviato")),
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
        0,
        null,
        selfHelp,
        earlier,
        sameSteps,
        resolution,
        hours,
        verdict);
  }

  private static List<Flag> flags(EscalationFacts facts) {
    return EscalationRules.flags(facts, SETTINGS);
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
              assertThat(f.reason())
                  .isEqualTo(
                      "what was tried (\"n/a\") shows 0 distinct step(s) worth 0 of the 30 needed"
                          + " (a CJK character counts 3)");
            });
    assertThat(
            flags(
                facts(
                    RequestCategory.TECHNICAL, REAL_STEPS, true, true, 0, 0, 6, null, null, null)))
        .singleElement()
        .satisfies(f -> assertThat(f.reason()).contains("6 other escalations"));
  }

  @Test
  void aFileAttachedToTheEscalationIsEvidenceAndTheReasonNamesIt() {
    EscalationFacts withLog =
        new EscalationFacts(
            8,
            "SR8",
            RequestCategory.HOW_TO,
            "Sign-in",
            REAL_STEPS,
            true,
            false,
            2,
            "signin-trace.har",
            0,
            0,
            0,
            null,
            null,
            null);
    assertThat(flags(withLog)).isEmpty();
    EscalationFacts noBlocker =
        new EscalationFacts(
            9,
            "SR9",
            RequestCategory.HOW_TO,
            "Sign-in",
            REAL_STEPS,
            false,
            false,
            2,
            "signin-trace.har",
            0,
            0,
            0,
            null,
            null,
            null);
    assertThat(flags(noBlocker))
        .singleElement()
        .satisfies(
            f -> assertThat(f.reason()).endsWith("(attached: 'signin-trace.har' and 1 more)"));
  }

  @Test
  void effortIsJudgedByContentInEachLanguage() {
    // English, Italian and Chinese saying the same real work pass; Chinese needs a third of the
    // characters.
    for (String real :
        List.of(
            "Checked the NSG rules and redeployed the VM",
            "Controllate le regole NSG e ridistribuita la VM",
            "检查了网络安全组规则并重新部署虚拟机")) {
      assertThat(flags(technical(real))).as(real).isEmpty();
    }
    // Empty phrases in each language say nothing, whatever their length.
    for (String empty :
        List.of(
            "Asked the customer, tried again. Restarted.",
            "Riprovato più volte, riavviato.",
            "请重试。已重启。请重试。")) {
      assertThat(flags(technical(empty)))
          .as(empty)
          .singleElement()
          .satisfies(f -> assertThat(f.reason()).contains("empty phrases left out"));
    }
    // The same step pasted three times counts once.
    assertThat(flags(technical("Cleared the cache. Cleared the cache. Cleared the cache.")))
        .singleElement()
        .satisfies(f -> assertThat(f.reason()).contains("shows 1 distinct step(s) worth 15"));
  }

  private static EscalationFacts technical(String steps) {
    return facts(RequestCategory.TECHNICAL, steps, true, true, 0, 0, 0, null, null, null);
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
