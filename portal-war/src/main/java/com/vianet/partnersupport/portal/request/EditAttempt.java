package com.vianet.partnersupport.portal.request;

import com.vianet.partnersupport.portal.i18n.Messages;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;

/**
 * Runs a change from a page and turns the refusals a person can act on into page messages: a domain
 * rule, a failed validation, or a save that lost the race against another user's.
 */
public final class EditAttempt {

  private EditAttempt() {}

  /**
   * @return whether the change was made
   */
  public static boolean run(
      Messages messages, Runnable change, String doneKey, Object... arguments) {
    FacesContext context = FacesContext.getCurrentInstance();
    try {
      change.run();
      context.addMessage(
          null,
          new FacesMessage(FacesMessage.SEVERITY_INFO, messages.get(doneKey, arguments), null));
      return true;
    } catch (RequestRejectedException e) {
      error(context, messages.get(e.messageKey(), e.arguments()));
    } catch (ConstraintViolationException e) {
      for (ConstraintViolation<?> violation : e.getConstraintViolations()) {
        error(context, violation.getMessage());
      }
    } catch (RuntimeException e) {
      if (!lostRace(e)) {
        throw e;
      }
      error(context, messages.get("console.changedMeanwhile", arguments));
    }
    return false;
  }

  private static boolean lostRace(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      // EclipseLink's own exception of that name may arrive unwrapped from a flush.
      if (t instanceof OptimisticLockException
          || t.getClass().getSimpleName().equals("OptimisticLockException")) {
        return true;
      }
    }
    return false;
  }

  private static void error(FacesContext context, String text) {
    context.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
  }
}
