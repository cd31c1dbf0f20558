package com.vianet.partnersupport.core.request;

import java.text.Normalizer;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The terms a request is found by, and the terms of what a person types in a search box: the same
 * rules on both sides. Latin words and numbers are terms of their own; Chinese (and Japanese and
 * Korean) text, written without spaces, becomes its overlapping pairs of characters, so a
 * two-character word such as 账单 is found wherever it appears. Kept in an indexed table, the terms
 * find a request among a million with one index lookup per term, on H2 and PostgreSQL alike.
 */
public final class SearchTerms {

  /** Longer words are cut: the column's width, and no one types more to find a request. */
  public static final int MAX_LENGTH = 40;

  /** A request's text yields at most this many terms: a pasted log does not flood the index. */
  public static final int MAX_TERMS = 300;

  private static final Pattern REQUEST_NUMBER = Pattern.compile("(?i)SR\\d{4,}");

  private SearchTerms() {}

  /** The distinct terms of the texts, in order of appearance; nulls are skipped. */
  public static Set<String> of(String... texts) {
    Set<String> terms = new LinkedHashSet<>();
    for (String text : texts) {
      if (text != null) {
        add(terms, text);
      }
    }
    return terms;
  }

  /** Whether what was typed is a request number, looked up exactly rather than as words. */
  public static boolean isRequestNumber(String typed) {
    return typed != null && REQUEST_NUMBER.matcher(typed.strip()).matches();
  }

  private static void add(Set<String> terms, String text) {
    String normal = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    StringBuilder word = new StringBuilder();
    int previousIdeograph = -1;
    for (int i = 0; i < normal.length() && terms.size() < MAX_TERMS; ) {
      int c = normal.codePointAt(i);
      i += Character.charCount(c);
      if (isIdeographic(c)) {
        flush(terms, word);
        if (previousIdeograph >= 0) {
          terms.add(new String(new int[] {previousIdeograph, c}, 0, 2));
        } else if (i >= normal.length() || !isIdeographic(normal.codePointAt(i))) {
          terms.add(new String(new int[] {c}, 0, 1)); // a lone character is a word of its own
        }
        previousIdeograph = c;
      } else {
        previousIdeograph = -1;
        if (Character.isLetterOrDigit(c)) {
          word.appendCodePoint(c);
        } else {
          flush(terms, word);
        }
      }
    }
    flush(terms, word);
  }

  private static void flush(Set<String> terms, StringBuilder word) {
    // One letter finds nearly everything and tells nothing apart: not a term.
    if (word.length() >= 2 && terms.size() < MAX_TERMS) {
      terms.add(word.length() > MAX_LENGTH ? word.substring(0, MAX_LENGTH) : word.toString());
    }
    word.setLength(0);
  }

  private static boolean isIdeographic(int c) {
    Character.UnicodeScript script = Character.UnicodeScript.of(c);
    return script == Character.UnicodeScript.HAN
        || script == Character.UnicodeScript.HIRAGANA
        || script == Character.UnicodeScript.KATAKANA
        || script == Character.UnicodeScript.HANGUL;
  }
}
