package com.vianet.partnersupport.core.user;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * Password hashes as stored in {@code app_user.password_hash}: PBKDF2-HMAC-SHA256 in the format of
 * Jakarta Security's {@code Pbkdf2PasswordHash} ({@code algorithm:iterations:salt:hash}, Base64),
 * so hashes written by earlier versions still verify. New hashes use the 600,000 iterations that
 * OWASP's Password Storage Cheat Sheet recommends for PBKDF2-HMAC-SHA256; an older, weaker hash is
 * replaced when its user next signs in ({@link #needsUpgrade}).
 */
public final class PasswordHashes {

  public static final int ITERATIONS = 600_000;

  private static final String ALGORITHM = "PBKDF2WithHmacSHA256";
  private static final int SALT_BYTES = 32;
  private static final int KEY_BITS = 256;
  private static final SecureRandom RANDOM = new SecureRandom();

  /**
   * Checked when the typed user name matches nobody, so that answer costs the same time as a wrong
   * password and does not tell whether the user exists.
   */
  private static final String NOBODY = hash("no such user".toCharArray());

  private PasswordHashes() {}

  public static String hash(char[] password) {
    byte[] salt = new byte[SALT_BYTES];
    RANDOM.nextBytes(salt);
    Base64.Encoder base64 = Base64.getEncoder();
    return ALGORITHM
        + ":"
        + ITERATIONS
        + ":"
        + base64.encodeToString(salt)
        + ":"
        + base64.encodeToString(derive(password, salt, ITERATIONS, KEY_BITS));
  }

  /** Whether the password matches a stored hash; a malformed hash matches nothing. */
  public static boolean matches(char[] password, String stored) {
    String[] parts = stored == null ? new String[0] : stored.split(":");
    if (parts.length != 4 || !parts[0].equals(ALGORITHM)) {
      return false;
    }
    try {
      Base64.Decoder base64 = Base64.getDecoder();
      byte[] expected = base64.decode(parts[3]);
      byte[] actual =
          derive(
              password, base64.decode(parts[2]), Integer.parseInt(parts[1]), expected.length * 8);
      return MessageDigest.isEqual(expected, actual);
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  /** Spends the time of one check against a hash nobody has; always false. */
  public static boolean matchesNobody(char[] password) {
    matches(password, NOBODY);
    return false;
  }

  /** A stored hash weaker than what {@link #hash} writes today. */
  public static boolean needsUpgrade(String stored) {
    String[] parts = stored.split(":");
    try {
      return parts.length != 4
          || !parts[0].equals(ALGORITHM)
          || Integer.parseInt(parts[1]) < ITERATIONS;
    } catch (NumberFormatException e) {
      return true;
    }
  }

  private static byte[] derive(char[] password, byte[] salt, int iterations, int bits) {
    try {
      return SecretKeyFactory.getInstance(ALGORITHM)
          .generateSecret(new PBEKeySpec(password, salt, iterations, bits))
          .getEncoded();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(ALGORITHM + " is part of every JDK", e);
    }
  }
}
