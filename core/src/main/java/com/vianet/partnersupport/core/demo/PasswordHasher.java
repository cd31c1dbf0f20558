package com.vianet.partnersupport.core.demo;

/** Turns a password into the stored hash; the portal passes the container's PBKDF2 hash. */
@FunctionalInterface
public interface PasswordHasher {
  String hash(char[] password);
}
