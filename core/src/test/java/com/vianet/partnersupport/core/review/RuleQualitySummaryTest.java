package com.vianet.partnersupport.core.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class RuleQualitySummaryTest {

  @Test
  void aRuleMostlyJudgedAppropriateIsMarkedForReviewOnceEnoughWereJudged() {
    List<RuleQuality.Week> weeks =
        List.of(
            new RuleQuality.Week(
                "2026-W46",
                List.of(
                    new RuleQuality.Row("2026-W46", "duplicate", 1, 10, 2, 4),
                    new RuleQuality.Row("2026-W46", "self-help-available", 1, 3, 1, 1)),
                1),
            new RuleQuality.Week(
                "2026-W47", List.of(new RuleQuality.Row("2026-W47", "duplicate", 1, 5, 1, 2)), 0));

    List<RuleQuality.Summary> summaries = RuleQuality.summarise(weeks, 0.6, 5);

    assertThat(summaries)
        .extracting(RuleQuality.Summary::ruleId)
        .containsExactly("duplicate", "self-help-available");
    RuleQuality.Summary duplicate = summaries.get(0);
    assertThat(duplicate.flagged()).isEqualTo(15);
    assertThat(duplicate.precision()).isEqualTo(3.0 / 9);
    assertThat(duplicate.forReview()).isTrue();
    assertThat(summaries.get(1).forReview()).as("only 2 judged").isFalse();
    assertThat(weeks.get(0).rows().get(0).notJudged()).isEqualTo(4);
  }
}
