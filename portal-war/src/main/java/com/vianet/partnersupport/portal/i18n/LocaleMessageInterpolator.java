package com.vianet.partnersupport.portal.i18n;

import jakarta.validation.MessageInterpolator;
import java.util.Locale;

/** Bean Validation messages in the user's language rather than the server's. */
public final class LocaleMessageInterpolator implements MessageInterpolator {

  private final MessageInterpolator delegate;
  private final Locale locale;

  public LocaleMessageInterpolator(MessageInterpolator delegate, Locale locale) {
    this.delegate = delegate;
    this.locale = locale;
  }

  @Override
  public String interpolate(String messageTemplate, Context context) {
    return delegate.interpolate(messageTemplate, context, locale);
  }

  @Override
  public String interpolate(String messageTemplate, Context context, Locale requested) {
    return delegate.interpolate(messageTemplate, context, requested);
  }
}
