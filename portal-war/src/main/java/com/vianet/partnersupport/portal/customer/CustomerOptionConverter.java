package com.vianet.partnersupport.portal.customer;

import com.vianet.partnersupport.portal.security.CurrentUser;
import jakarta.enterprise.context.Dependent;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.FacesConverter;
import jakarta.inject.Inject;

/** Turns a picked customer into its id in the page and back, only within the user's partner. */
// @Dependent makes it a CDI bean under annotated discovery, so its injections work.
@Dependent
@FacesConverter(value = "customerOptionConverter", managed = true)
public class CustomerOptionConverter implements Converter<CustomerOption> {

  @Inject private CustomerDirectory directory;
  @Inject private CurrentUser currentUser;

  @Override
  public CustomerOption getAsObject(FacesContext context, UIComponent component, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return directory.find(currentUser.scope(), Long.parseLong(value)).orElse(null);
    } catch (NumberFormatException e) {
      return null;
    }
  }

  @Override
  public String getAsString(FacesContext context, UIComponent component, CustomerOption value) {
    return value == null ? "" : String.valueOf(value.id());
  }
}
