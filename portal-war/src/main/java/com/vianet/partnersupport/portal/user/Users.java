package com.vianet.partnersupport.portal.user;

import com.vianet.partnersupport.core.user.Action;
import com.vianet.partnersupport.portal.i18n.LocaleSelection;
import com.vianet.partnersupport.portal.request.RequestRejectedException;
import com.vianet.partnersupport.portal.security.NotAllowedException;
import com.vianet.partnersupport.portal.security.PartnerScope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Optional;

/** Looks people up for those who hold no entity manager of their own (request-scoped callers). */
@ApplicationScoped
@Transactional
public class Users {

  @PersistenceContext private EntityManager em;

  public Optional<AppUser> byUsername(String username) {
    return em.createNamedQuery(AppUser.BY_USERNAME, AppUser.class)
        .setParameter("username", username)
        .getResultStream()
        .findFirst();
  }

  public AppUser byId(long id) {
    return em.find(AppUser.class, id);
  }

  /**
   * The signed-in person's own choices: the language of their pages and e-mails, and the zone of
   * every time they read or type. Only their own account: the scope's user, never another.
   */
  public void choosePreferences(
      PartnerScope scope, long ownUserId, @NotNull Locale language, @NotNull ZoneId zone) {
    scope.require(Action.EDIT_OWN_ACCOUNT);
    if (!LocaleSelection.SUPPORTED.contains(language)) {
      throw new RequestRejectedException("account.languageUnknown");
    }
    AppUser user = em.find(AppUser.class, ownUserId, LockModeType.PESSIMISTIC_WRITE);
    if (user == null
        || (scope.partnerId().isPresent()
            && (user.getPartner() == null || !scope.includes(user.getPartner().getId())))) {
      throw NotAllowedException.notYours();
    }
    user.choosePreferences(language.toLanguageTag(), zone.getId());
  }
}
