package com.vianet.partnersupport.core.demo;

import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * PBKDF2 hashes in the format of the Jakarta Security {@code Pbkdf2PasswordHash} the portal checks
 * passwords with ({@code algorithm:iterations:salt:hash}, Base64), so programs outside the
 * container (the batch program loading the demo) write hashes the portal accepts.
 */
public final class Pbkdf2PasswordHasher implements PasswordHasher {

  private static final String ALGORITHM = "PBKDF2WithHmacSHA256";
  private static final int ITERATIONS = 2048;
  private static final int SALT_BYTES = 32;
  private static final int KEY_BITS = 256;

  private final SecureRandom random = new SecureRandom();

  @Override
  public String hash(char[] password) {
    byte[] salt = new byte[SALT_BYTES];
    random.nextBytes(salt);
    Base64.Encoder base64 = Base64.getEncoder();
    return ALGORITHM
        + ":"
        + ITERATIONS
        + ":"
        + base64.encodeToString(salt)
        + ":"
        + base64.encodeToString(derive(password, salt, ITERATIONS, KEY_BITS));
  }

  /** Whether the password matches a stored hash of this format. */
  public static boolean matches(char[] password, String stored) {
    String[] parts = stored.split(":");
    if (parts.length != 4 || !parts[0].equals(ALGORITHM)) {
      return false;
    }
    Base64.Decoder base64 = Base64.getDecoder();
    byte[] expected = base64.decode(parts[3]);
    byte[] actual =
        derive(password, base64.decode(parts[2]), Integer.parseInt(parts[1]), expected.length * 8);
    return java.security.MessageDigest.isEqual(expected, actual);
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
