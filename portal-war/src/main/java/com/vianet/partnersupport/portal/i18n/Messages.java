package com.vianet.partnersupport.portal.i18n;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * Texts for Java code (faces messages), from the same bundles as the pages, in the language the
 * user chose: the view root's locale is not yet applied while a view action runs.
 */
@RequestScoped
public class Messages {

  public static final String BUNDLE = "com.vianet.partnersupport.portal.i18n.messages";

  @Inject private LocaleSelection localeSelection;

  public String get(String key, Object... arguments) {
    return format(localeSelection.getLocale(), key, arguments);
  }

  /** A text in a given language, outside a page too (e-mails are written in the recipient's). */
  public static String format(Locale locale, String key, Object... arguments) {
    ResourceBundle bundle = bundle(locale);
    // Always a MessageFormat, so keys used from Java write an apostrophe as '' in every language.
    return new MessageFormat(bundle.getString(key), bundle.getLocale()).format(arguments);
  }

  /** The first of English, Italian and Chinese among the caller's languages; English otherwise. */
  public static Locale supported(java.util.stream.Stream<Locale> accepted) {
    return accepted
        .map(
            l ->
                switch (l.getLanguage()) {
                  case "it" -> Locale.ITALIAN;
                  case "zh" -> Locale.SIMPLIFIED_CHINESE;
                  case "en" -> Locale.ENGLISH;
                  default -> null;
                })
        .filter(java.util.Objects::nonNull)
        .findFirst()
        .orElse(Locale.ENGLISH);
  }

  public static ResourceBundle bundle(Locale locale) {
    return ResourceBundle.getBundle(BUNDLE, locale);
  }
}
