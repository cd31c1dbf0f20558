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

  public void setLanguageTag(String tag) {
    Locale requested = Locale.forLanguageTag(tag);
    this.locale =
        SUPPORTED.stream().filter(l -> l.equals(requested)).findFirst().orElse(Locale.ENGLISH);
    FacesContext context = FacesContext.getCurrentInstance();
    if (context != null && context.getViewRoot() != null) {
      context.getViewRoot().setLocale(this.locale);
    }
  }

  public List<Locale> getSupported() {
    return SUPPORTED;
  }
}
