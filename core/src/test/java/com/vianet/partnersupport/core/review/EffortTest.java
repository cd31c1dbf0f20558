package com.vianet.partnersupport.core.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class EffortTest {

  /** The phrases of rule version 2 in each language (V25), with the cases they raise. */
  private static final List<String> PHRASES =
      List.of(
          "asked the customer to try again",
          "tried again",
          "try again",
          "retried",
          "restarted",
          "n/a",
          "see above",
          "Not working",
          "chiesto al cliente di riprovare",
          "riprovato",
          "riprovare",
          "come sopra",
          "non funziona",
          "请客户重试",
          "请重试",
          "已重试",
          "同上",
          "紧急");

  private static final List<String> WORDS =
      List.of(
          "tried",
          "again",
          "retried",
          "restarted",
          "re-tried",
          "try",
          "n/a",
          "see",
          "above",
          "outlook",
          "profile",
          "DNS",
          "MX",
          "record",
          "verified",
          "riprovato",
          "riprovare",
          "riavviato",
          "sopra",
          "come",
          "请重试",
          "已重试",
          "重试",
          "同上",
          "检查",
          "邮箱",
          "紧急",
          "asked",
          "the",
          "customer",
          "to",
          "not",
          "working",
          "Not",
          "Working",
          "non",
          "funziona",
          "2FA",
          "#4",
          "한국어",
          "カタカナ",
          "ひらがな");

  private static final List<String> BREAKS =
      List.of(" ", " ", " ", "  ", ". ", "; ", ", ", "\n", " - ", "。", "，", "(", ") ", "\t", "");

  @Test
  void effortMeasuresTheSameAsTheStraightforwardMeasureOnManyTexts() {
    Random random = new Random(20261201);
    for (int i = 0; i < 20_000; i++) {
      StringBuilder text = new StringBuilder();
      int words = random.nextInt(25);
      for (int w = 0; w < words; w++) {
        text.append(WORDS.get(random.nextInt(WORDS.size())));
        text.append(BREAKS.get(random.nextInt(BREAKS.size())));
      }
      String t = text.toString();
      assertThat(Effort.of(t, PHRASES)).as(t).isEqualTo(straightforward(t, PHRASES));
    }
  }

  @Test
  void aPhraseCountsOnlyAsAWholeWordInLatinScriptsAndAnywhereInChinese() {
    assertThat(Effort.of("Retried twice, then restarted the tenant", PHRASES).emptyPhrasesFound())
        .containsExactly("retried", "restarted");
    assertThat(Effort.of("unretried", PHRASES).emptyPhrasesFound()).isEmpty();
    assertThat(Effort.of("客户说请重试也没用", PHRASES).emptyPhrasesFound()).containsExactly("请重试");
  }

  /** The measure as first written: every phrase compiled and searched for in every text. */
  private static Effort straightforward(String text, Collection<String> emptyPhrases) {
    if (text == null || text.isBlank()) {
      return new Effort(0, 0, List.of());
    }
    String remaining = " " + text.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ") + " ";
    List<String> found = new ArrayList<>();
    for (String phrase : emptyPhrases) {
      String lower = phrase.toLowerCase(Locale.ROOT).strip();
      if (lower.isEmpty()) {
        continue;
      }
      Pattern match =
          Pattern.compile(
              cjk(lower.codePointAt(0))
                  ? Pattern.quote(lower)
                  : "(?<![\\p{L}\\p{N}])" + Pattern.quote(lower) + "(?![\\p{L}\\p{N}])");
      if (match.matcher(remaining).find()) {
        found.add(phrase.strip());
        remaining = match.matcher(remaining).replaceAll(". ");
      }
    }
    Set<String> steps = new LinkedHashSet<>();
    for (String step :
        Pattern.compile("[\\n\\r.;:!?。；：！？，,、()（）]+|\\s+[-–•]\\s+|^[-–•]\\s*").split(remaining)) {
      String normalised = step.replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
      int units =
          normalised
              .codePoints()
              .map(c -> cjk(c) ? Effort.CJK_WEIGHT : Character.isLetterOrDigit(c) ? 1 : 0)
              .sum();
      if (units >= 3) {
        steps.add(normalised);
      }
    }
    int units =
        steps.stream()
            .mapToInt(
                s ->
                    s.codePoints()
                        .map(c -> cjk(c) ? Effort.CJK_WEIGHT : Character.isLetterOrDigit(c) ? 1 : 0)
                        .sum())
            .sum();
    return new Effort(units, steps.size(), List.copyOf(found));
  }

  private static boolean cjk(int codePoint) {
    Character.UnicodeScript script = Character.UnicodeScript.of(codePoint);
    return script == Character.UnicodeScript.HAN
        || script == Character.UnicodeScript.HIRAGANA
        || script == Character.UnicodeScript.KATAKANA
        || script == Character.UnicodeScript.HANGUL;
  }
}
