package com.vianet.partnersupport.core.user;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import me.gosimple.nbvcxz.Nbvcxz;
import me.gosimple.nbvcxz.resources.ConfigurationBuilder;
import me.gosimple.nbvcxz.resources.Dictionary;
import me.gosimple.nbvcxz.resources.DictionaryBuilder;

/**
 * What a new password must be (NIST SP 800-63B): long enough, and not one that guessing finds
 * early: leaked and common passwords, words, keyboard walks, dates, or the person's own name. No
 * composition rules ("a digit and a symbol"), which only make passwords harder to remember.
 */
public final class PasswordPolicy {

  public static final int MIN_LENGTH = 12;
  public static final int MAX_LENGTH = 128;

  /** Why a password was refused: a message key of the portal's bundles. */
  public enum Problem {
    TOO_SHORT("password.tooShort"),
    TOO_LONG("password.tooLong"),
    GUESSABLE("password.guessable");

    private final String messageKey;

    Problem(String messageKey) {
      this.messageKey = messageKey;
    }

    public String messageKey() {
      return messageKey;
    }
  }

  private PasswordPolicy() {}

  /** The first problem of this password for this person, if it has one. */
  public static Optional<Problem> check(String password, String... personalWords) {
    int length = password == null ? 0 : password.codePointCount(0, password.length());
    if (length < MIN_LENGTH) {
      return Optional.of(Problem.TOO_SHORT);
    }
    if (length > MAX_LENGTH) {
      return Optional.of(Problem.TOO_LONG);
    }
    return estimator(personalWords).estimate(password).isMinimumEntropyMet()
        ? Optional.empty()
        : Optional.of(Problem.GUESSABLE);
  }

  /** The default lists and a list of the person's own words (name, e-mail's parts). */
  private static Nbvcxz estimator(String... personalWords) {
    DictionaryBuilder own =
        new DictionaryBuilder().setDictionaryName("personal").setExclusion(true);
    for (String word : personalWords) {
      for (String part :
          Objects.toString(word, "").toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
        if (part.length() >= 3) {
          own.addWord(part, 0);
        }
      }
    }
    List<Dictionary> dictionaries = new ArrayList<>(DEFAULT_DICTIONARIES);
    dictionaries.add(own.createDictionary());
    return new Nbvcxz(
        new ConfigurationBuilder().setDictionaries(dictionaries).createConfiguration());
  }

  /** Loaded once: the lists are large, and a configuration only adds the small personal one. */
  private static final List<Dictionary> DEFAULT_DICTIONARIES =
      ConfigurationBuilder.getDefaultDictionaries();
}
