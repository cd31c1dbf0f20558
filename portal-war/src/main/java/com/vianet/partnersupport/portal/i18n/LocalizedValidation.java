package com.vianet.partnersupport.portal.i18n;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.ValidatorFactory;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The Bean Validation checks that span fields (a phone when phone is preferred...), which a form's
 * per-field validation does not run, as messages in the user's language, before the service is
 * called and would refuse the same thing with an exception.
 */
@ApplicationScoped
public class LocalizedValidation {

  @Inject private ValidatorFactory validatorFactory;

  public List<String> messages(Locale locale, Object... beans) {
    var validator =
        validatorFactory
            .usingContext()
            .messageInterpolator(
                new LocaleMessageInterpolator(validatorFactory.getMessageInterpolator(), locale))
            .getValidator();
    return Stream.of(beans)
        .flatMap(bean -> validator.validate(bean).stream())
        .map(v -> v.getMessage())
        .sorted()
        .toList();
  }
}
