package com.vianet.partnersupport.core.review;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * How much a "what was tried" text says, in any of the portal's languages: its distinct steps,
 * without the empty phrases a rule version lists ("tried again", "请重试", "riprovato"), weighed so
 * that a Chinese character counts as much as the three Latin letters it usually stands for.
 */
public record Effort(int units, int distinctSteps, List<String> emptyPhrasesFound) {

  /**
   * A CJK character weighs as much as this many letters (Chinese says in 20 what English says in
   * 60).
   */
  public static final int CJK_WEIGHT = 3;

  private static final Pattern STEP_BREAK =
      Pattern.compile("[\\n\\r.;:!?。；：！？，,、()（）]+|\\s+[-–•]\\s+|^[-–•]\\s*");
  private static final int MIN_STEP_UNITS = 3;

  public static Effort of(String text, Collection<String> emptyPhrases) {
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
      // Latin phrases match whole words only ("retried" is no "tried"); CJK has no spaces.
      Pattern match =
          Pattern.compile(
              isCjk(lower.codePointAt(0))
                  ? Pattern.quote(lower)
                  : "(?<![\\p{L}\\p{N}])" + Pattern.quote(lower) + "(?![\\p{L}\\p{N}])");
      if (match.matcher(remaining).find()) {
        found.add(phrase.strip());
        remaining = match.matcher(remaining).replaceAll(". ");
      }
    }
    Set<String> steps = new LinkedHashSet<>();
    for (String step : STEP_BREAK.split(remaining)) {
      String normalised = step.replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
      if (units(normalised) >= MIN_STEP_UNITS) {
        steps.add(normalised);
      }
    }
    int units = steps.stream().mapToInt(Effort::units).sum();
    return new Effort(units, steps.size(), List.copyOf(found));
  }

  static int units(String text) {
    return text.codePoints()
        .map(c -> isCjk(c) ? CJK_WEIGHT : Character.isLetterOrDigit(c) ? 1 : 0)
        .sum();
  }

  private static boolean isCjk(int codePoint) {
    Character.UnicodeScript script = Character.UnicodeScript.of(codePoint);
    return script == Character.UnicodeScript.HAN
        || script == Character.UnicodeScript.HIRAGANA
        || script == Character.UnicodeScript.KATAKANA
        || script == Character.UnicodeScript.HANGUL;
  }
}
