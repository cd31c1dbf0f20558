package com.vianet.partnersupport.core.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class Pbkdf2PasswordHasherTest {

  /** Written by Payara's Pbkdf2PasswordHash for the demo password. */
  private static final String FROM_PAYARA =
      "PBKDF2WithHmacSHA256:2048:M1ZbBp/0yEP+xK95nfFrglJoac9odprG2sb4uz/LsoY=:sR0aPSbAi9l12NXV+0H/yibZ9hXCx8iy/QtLjGfIknk=";

  @Test
  void readsTheHashesTheContainerWrites() {
    assertThat(Pbkdf2PasswordHasher.matches(DemoData.DEMO_PASSWORD.toCharArray(), FROM_PAYARA))
        .isTrue();
    assertThat(Pbkdf2PasswordHasher.matches("wrong".toCharArray(), FROM_PAYARA)).isFalse();
  }

  @Test
  void writesHashesOfTheSameFormatWithAFreshSalt() {
    Pbkdf2PasswordHasher hasher = new Pbkdf2PasswordHasher();
    String first = hasher.hash("s3cret".toCharArray());
    String second = hasher.hash("s3cret".toCharArray());
    assertThat(first).startsWith("PBKDF2WithHmacSHA256:2048:").isNotEqualTo(second);
    assertThat(Pbkdf2PasswordHasher.matches("s3cret".toCharArray(), first)).isTrue();
  }
}
