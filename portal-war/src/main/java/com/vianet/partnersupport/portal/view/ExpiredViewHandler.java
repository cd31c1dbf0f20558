package com.vianet.partnersupport.portal.view;

import com.vianet.partnersupport.portal.i18n.LocaleSelection;
import com.vianet.partnersupport.portal.i18n.Messages;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.FacesException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import java.io.IOException;
import java.util.Iterator;

/**
 * A session keeps the views of the last few pages only (web.xml says why): a postback from an older
 * page reloads that page, the same address as the browser showed, with a message saying why,
 * instead of an error or another page.
 */
public class ExpiredViewHandler extends ExceptionHandlerWrapper {

  ExpiredViewHandler(ExceptionHandler wrapped) {
    super(wrapped);
  }

  @Override
  public void handle() {
    FacesContext context = FacesContext.getCurrentInstance();
    for (Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
        events.hasNext(); ) {
      Throwable thrown = events.next().getContext().getException();
      if (expired(thrown) && !context.getResponseComplete()) {
        events.remove();
        reload(context);
      }
    }
    super.handle();
  }

  private static boolean expired(Throwable thrown) {
    for (Throwable t = thrown; t != null; t = t.getCause()) {
      if (t instanceof ViewExpiredException) {
        return true;
      }
    }
    return false;
  }

  private static void reload(FacesContext context) {
    ExternalContext external = context.getExternalContext();
    String text =
        Messages.format(
            CDI.current().select(LocaleSelection.class).get().getLocale(), "page.expired");
    context.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_WARN, text, null));
    external.getFlash().setKeepMessages(true);
    try {
      external.redirect(pageShown(external));
    } catch (IOException e) {
      throw new FacesException(e);
    }
    context.responseComplete();
  }

  /**
   * The page that posted, with its query string (it names the request shown): the path of the
   * Referer, which the portal's Referrer-Policy sends within the site, when it is a page of the
   * portal; the dashboard otherwise. Only the path is kept, so the redirect never leaves the site.
   */
  static String pageShown(ExternalContext external) {
    String home = external.getRequestContextPath() + "/";
    try {
      java.net.URI referer = new java.net.URI(external.getRequestHeaderMap().get("Referer"));
      if (referer.getRawPath() != null && referer.getRawPath().startsWith(home)) {
        return referer.getRawPath()
            + (referer.getRawQuery() == null ? "" : "?" + referer.getRawQuery());
      }
    } catch (java.net.URISyntaxException | NullPointerException e) {
      // no usable Referer: the dashboard
    }
    return home; // the welcome page: the dashboard
  }

  /** Wraps the handler of the factory before it (PrimeFaces', for Ajax errors). */
  public static class Factory extends ExceptionHandlerFactory {

    public Factory(ExceptionHandlerFactory wrapped) {
      super(wrapped);
    }

    @Override
    public ExceptionHandler getExceptionHandler() {
      return new ExpiredViewHandler(getWrapped().getExceptionHandler());
    }
  }
}
