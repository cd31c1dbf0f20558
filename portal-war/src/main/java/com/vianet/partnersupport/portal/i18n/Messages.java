package com.vianet.partnersupport.portal.i18n;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * Texts for Java code (faces messages), from the same bundles as the pages, in the view's locale.
 */
@RequestScoped
public class Messages {

  public static final String BUNDLE = "com.vianet.partnersupport.portal.i18n.messages";

  @Inject private FacesContext facesContext;

  public String get(String key, Object... arguments) {
    return format(facesContext.getViewRoot().getLocale(), key, arguments);
  }

  /** A text in a given language, outside a page too (e-mails are written in the recipient's). */
  public static String format(Locale locale, String key, Object... arguments) {
    ResourceBundle bundle = bundle(locale);
    // Always a MessageFormat, so keys used from Java write an apostrophe as '' in every language.
    return new MessageFormat(bundle.getString(key), bundle.getLocale()).format(arguments);
  }

  public static ResourceBundle bundle(Locale locale) {
    return ResourceBundle.getBundle(BUNDLE, locale);
  }
}
