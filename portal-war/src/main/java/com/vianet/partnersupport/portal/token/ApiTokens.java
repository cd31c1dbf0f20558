package com.vianet.partnersupport.portal.token;

import com.vianet.partnersupport.core.user.Action;
import com.vianet.partnersupport.core.user.ApiTokenSecrets;
import com.vianet.partnersupport.core.user.Role;
import com.vianet.partnersupport.portal.request.Actor;
import com.vianet.partnersupport.portal.request.RequestRejectedException;
import com.vianet.partnersupport.portal.security.PartnerScope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/**
 * API tokens for scripts: 256 random bits, shown once, kept as their SHA-256 (a fast hash is enough
 * for a random value, so a call pays no password hashing), acting for the partner with one partner
 * role until revoked.
 */
@ApplicationScoped
@Transactional
public class ApiTokens {

  @PersistenceContext private EntityManager em;

  /** Creates a token and returns it: the only time anyone sees it. */
  public String create(
      @NotNull PartnerScope scope,
      @NotNull Actor actor,
      @NotBlank @Size(max = 100) String name,
      @NotNull Role role) {
    scope.require(Action.MANAGE_API_TOKENS);
    if (!role.isPartnerRole()) {
      throw new RequestRejectedException("token.partnerRolesOnly");
    }
    String token = ApiTokenSecrets.generate();
    em.persist(
        new ApiToken(
            scope.partnerId().orElseThrow(),
            actor.userId(),
            name.strip(),
            role,
            hash(token),
            now()));
    return token;
  }

  public List<ApiToken> list(@NotNull PartnerScope scope) {
    scope.require(Action.MANAGE_API_TOKENS);
    return em.createNamedQuery(ApiToken.OF_PARTNER, ApiToken.class)
        .setParameter("partnerId", scope.partnerId().orElseThrow())
        .getResultList();
  }

  public void revoke(@NotNull PartnerScope scope, @NotNull Actor actor, long tokenId) {
    scope.require(Action.MANAGE_API_TOKENS);
    ApiToken token = em.find(ApiToken.class, tokenId);
    if (token == null || !scope.includes(token.getPartnerId())) {
      throw new RequestRejectedException("token.notFound");
    }
    token.revoke(actor.userId(), now());
  }

  /** Revokes every token a person created: their deactivation ends their scripts too. */
  @Transactional(Transactional.TxType.MANDATORY)
  public int revokeAllCreatedBy(long userId, long byUserId) {
    return em.createQuery(
            "UPDATE ApiToken t SET t.revokedAt = :now, t.revokedBy = :by"
                + " WHERE t.createdBy = :user AND t.revokedAt IS NULL")
        .setParameter("now", now())
        .setParameter("by", byUserId)
        .setParameter("user", userId)
        .executeUpdate();
  }

  /**
   * Who an active token acts for; empty for anything else. Its last use is noted at most once a
   * minute, by a statement that takes no version, so concurrent calls with one token never clash.
   */
  public Optional<TokenCaller> authenticate(String presented) {
    if (presented == null
        || !presented.startsWith(ApiTokenSecrets.PREFIX)
        || presented.length() > 100) {
      return Optional.empty();
    }
    Optional<TokenCaller> caller =
        em.createNamedQuery(ApiToken.ACTIVE_BY_HASH, TokenCaller.class)
            .setParameter("hash", hash(presented))
            .getResultStream()
            .findFirst();
    caller.ifPresent(
        c ->
            em.createNamedQuery(ApiToken.NOTE_USE)
                .setParameter("id", c.tokenId())
                .setParameter("now", now())
                .setParameter("minuteAgo", now().minusMinutes(1))
                .executeUpdate());
    return caller;
  }

  static String hash(String token) {
    return ApiTokenSecrets.sha256(token);
  }

  private static OffsetDateTime now() {
    return OffsetDateTime.now(ZoneOffset.UTC);
  }
}
