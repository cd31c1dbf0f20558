package com.vianet.partnersupport.reports.report;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256 over the input rows in the order written: the same input gives the same hash. */
final class InputHash {

  private final MessageDigest digest;

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

  String hex() {
    return HexFormat.of().formatHex(digest.digest());
  }
}
