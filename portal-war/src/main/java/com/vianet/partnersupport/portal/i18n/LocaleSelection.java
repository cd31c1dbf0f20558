package com.vianet.partnersupport.portal.i18n;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;

/** The language the user picked for this session (English, Italian, Simplified Chinese). */
@Named
@SessionScoped
public class LocaleSelection implements Serializable {

  private static final long serialVersionUID = 1L;

  public static final List<Locale> SUPPORTED =
      List.of(Locale.ENGLISH, Locale.ITALIAN, Locale.SIMPLIFIED_CHINESE);

  private Locale locale;
  private boolean picked;

  /** Until the user picks one, the browser's preferred language among the supported ones. */
  public Locale getLocale() {
    if (locale == null) {
      FacesContext context = FacesContext.getCurrentInstance();
      locale =
          context == null
              ? Locale.ENGLISH
              : context.getApplication().getViewHandler().calculateLocale(context);
    }
    return locale;
  }

  public String getLanguageTag() {
    return getLocale().toLanguageTag();
  }

  /**
   * The language of the account that just signed in, unless the person picked one in this session
   * (on the sign-in page, say), which stays.
   */
  public void adoptAccountLanguage(String tag) {
    if (!picked && tag != null) {
      locale = supportedOrEnglish(tag);
    }
  }

  private static Locale supportedOrEnglish(String tag) {
    Locale requested = Locale.forLanguageTag(tag);
    return SUPPORTED.stream().filter(l -> l.equals(requested)).findFirst().orElse(Locale.ENGLISH);
  }

  public void setLanguageTag(String tag) {
    picked = true;
    this.locale = supportedOrEnglish(tag);
    FacesContext context = FacesContext.getCurrentInstance();
    if (context != null && context.getViewRoot() != null) {
      context.getViewRoot().setLocale(this.locale);
    }
  }

  public List<Locale> getSupported() {
    return SUPPORTED;
  }
}
