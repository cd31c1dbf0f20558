package com.vianet.partnersupport.core.user;

import java.security.SecureRandom;
import java.util.Base64;

/**
 * The secret of a one-time account link: 256 random bits, kept only as its SHA-256 (like API
 * tokens, a random value needs no slow hash), so a copy of the database opens no account.
 */
public final class AccountLinkTokens {

  private static final SecureRandom RANDOM = new SecureRandom();

  private AccountLinkTokens() {}

  /** 256 random bits, URL-safe: the secret of a link, and (prefixed) of an API token. */
  public static String generate() {
    byte[] secret = new byte[32];
    RANDOM.nextBytes(secret);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
  }

  public static String hash(String token) {
    return PersonalDataMarks.sha256(token);
  }

  /** The page a link opens, under the portal's address ({@code Settings.portalUrl()}). */
  public static String url(String portalUrl, String token) {
    return portalUrl + "set-password.xhtml?token=" + token;
  }
}
