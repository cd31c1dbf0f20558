package com.vianet.partnersupport.portal.i18n;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.FacesConverter;

/**
 * Shows an instant in the viewer's zone. f:convertDateTime's timeZone does not apply to java.time
 * values (an OffsetDateTime is printed in its own offset, the server's), hence this converter.
 */
@FacesConverter("viewerTime")
public class ViewerTimeConverter implements Converter<Object> {

  @Override
  public Object getAsObject(FacesContext context, UIComponent component, String value) {
    throw new UnsupportedOperationException("viewerTime shows times; inputs use a date picker");
  }

  @Override
  public String getAsString(FacesContext context, UIComponent component, Object value) {
    // Looked up per call: Faces makes converters itself, and this one follows the request's user.
    return CDI.current().select(ViewerTime.class).get().format(value);
  }
}
