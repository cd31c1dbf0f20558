package com.vianet.partnersupport.core.user;

import static org.assertj.core.api.Assertions.assertThat;

import com.vianet.partnersupport.core.demo.DemoData;
import org.junit.jupiter.api.Test;

class PasswordHashesTest {

  /**
   * Written by Payara's Pbkdf2PasswordHash for the demo password (what earlier versions stored).
   */
  private static final String FROM_PAYARA =
      "PBKDF2WithHmacSHA256:2048:M1ZbBp/0yEP+xK95nfFrglJoac9odprG2sb4uz/LsoY=:sR0aPSbAi9l12NXV+0H/yibZ9hXCx8iy/QtLjGfIknk=";

  @Test
  void readsTheHashesEarlierVersionsWroteAndAsksToUpgradeThem() {
    assertThat(PasswordHashes.matches(DemoData.DEMO_PASSWORD.toCharArray(), FROM_PAYARA)).isTrue();
    assertThat(PasswordHashes.matches("wrong".toCharArray(), FROM_PAYARA)).isFalse();
    assertThat(PasswordHashes.needsUpgrade(FROM_PAYARA)).isTrue();
  }

  @Test
  void writesOwaspStrengthHashesWithAFreshSalt() {
    String first = PasswordHashes.hash("s3cret".toCharArray());
    String second = PasswordHashes.hash("s3cret".toCharArray());
    assertThat(first).startsWith("PBKDF2WithHmacSHA256:600000:").isNotEqualTo(second);
    assertThat(PasswordHashes.matches("s3cret".toCharArray(), first)).isTrue();
    assertThat(PasswordHashes.needsUpgrade(first)).isFalse();
  }

  @Test
  void aMalformedHashMatchesNothing() {
    assertThat(PasswordHashes.matches("x".toCharArray(), "PBKDF2WithHmacSHA256:abc:%%:%%"))
        .isFalse();
    assertThat(PasswordHashes.matches("x".toCharArray(), null)).isFalse();
    assertThat(PasswordHashes.matchesNobody("x".toCharArray())).isFalse();
  }
}
