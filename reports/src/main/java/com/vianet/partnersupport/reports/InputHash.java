package com.vianet.partnersupport.reports;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256 over the input rows in the order written: the same input gives the same hash. */
final class InputHash {

  private final MessageDigest digest;
  private String hex;

  InputHash() {
    try {
      digest = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }

  void add(Object row) {
    digest.update(String.valueOf(row).getBytes(StandardCharsets.UTF_8));
    digest.update((byte) '\n');
  }

  /** The hash of everything added so far; asking twice gives the same answer. */
  String hex() {
    if (hex == null) {
      hex = HexFormat.of().formatHex(digest.digest());
    }
    return hex;
  }
}
