package com.vianet.partnersupport.core.user;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/**
 * How personal data looks once it is gone, for the portal's erasures and the nightly retention
 * alike: names, e-mail addresses and phones replaced by a mark that reads the same in every
 * language, and a person recorded only as the SHA-256 of what identified them.
 */
public final class PersonalDataMarks {

  /** What an erased name or e-mail address reads. */
  public static final String ERASED = "—";

  private PersonalDataMarks() {}

  /** An address nobody can be written to any more (erased on request or by retention). */
  public static boolean isErased(String email) {
    return email == null || !email.contains("@");
  }

  /** The SHA-256 of a value, in hex: what records keep instead of the value. */
  public static String sha256(String value) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }

  /** The record's name for an e-mail address: its hash, whatever its case. */
  public static String subject(String email) {
    return sha256(email.strip().toLowerCase(Locale.ROOT));
  }
}
