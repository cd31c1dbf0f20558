package com.vianet.partnersupport.core.review;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
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
  private static final Pattern SPACES = Pattern.compile("\\s+");
  private static final Pattern NOT_LETTERS = Pattern.compile("[^\\p{L}\\p{N}]+");
  private static final int MIN_STEP_UNITS = 3;

  /**
   * Each phrase's pattern, compiled once: the nightly review measures a million texts against the
   * same forty phrases (compiling and searching for each per text was 45 % of the job's CPU
   * samples). Phrases are versioned data, a few dozen per version; the bound only guards against an
   * unexpected flood.
   */
  private static final Map<String, Pattern> PHRASES = new ConcurrentHashMap<>();

  private static final int MAX_PHRASES = 10_000;

  public static Effort of(String text, Collection<String> emptyPhrases) {
    if (text == null || text.isBlank()) {
      return new Effort(0, 0, List.of());
    }
    String remaining = " " + SPACES.matcher(text.toLowerCase(Locale.ROOT)).replaceAll(" ") + " ";
    List<String> found = new ArrayList<>();
    for (String phrase : emptyPhrases) {
      String lower = phrase.toLowerCase(Locale.ROOT).strip();
      if (lower.isEmpty()) {
        continue;
      }
      // The pattern matches the phrase literally, so a text without it needs no regex at all.
      if (!remaining.contains(lower)) {
        continue;
      }
      Pattern match = phrase(lower);
      if (match.matcher(remaining).find()) {
        found.add(phrase.strip());
        remaining = match.matcher(remaining).replaceAll(". ");
      }
    }
    Set<String> steps = new LinkedHashSet<>();
    for (String step : STEP_BREAK.split(remaining)) {
      String normalised = NOT_LETTERS.matcher(step).replaceAll(" ").strip();
      if (units(normalised) >= MIN_STEP_UNITS) {
        steps.add(normalised);
      }
    }
    int units = steps.stream().mapToInt(Effort::units).sum();
    return new Effort(units, steps.size(), List.copyOf(found));
  }

  /** Latin phrases match whole words only ("retried" is no "tried"); CJK has no spaces. */
  private static Pattern phrase(String lower) {
    if (PHRASES.size() > MAX_PHRASES) {
      PHRASES.clear();
    }
    return PHRASES.computeIfAbsent(
        lower,
        l ->
            Pattern.compile(
                isCjk(l.codePointAt(0))
                    ? Pattern.quote(l)
                    : "(?<![\\p{L}\\p{N}])" + Pattern.quote(l) + "(?![\\p{L}\\p{N}])"));
  }

  static int units(String text) {
    return text.codePoints()
        .map(c -> isCjk(c) ? CJK_WEIGHT : Character.isLetterOrDigit(c) ? 1 : 0)
        .sum();
  }

  private static boolean isCjk(int codePoint) {
    // Below U+1100 (Hangul Jamo) no code point is of these scripts: Latin text skips the script
    // table's binary search.
    if (codePoint < 0x1100) {
      return false;
    }
    Character.UnicodeScript script = Character.UnicodeScript.of(codePoint);
    return script == Character.UnicodeScript.HAN
        || script == Character.UnicodeScript.HIRAGANA
        || script == Character.UnicodeScript.KATAKANA
        || script == Character.UnicodeScript.HANGUL;
  }
}
