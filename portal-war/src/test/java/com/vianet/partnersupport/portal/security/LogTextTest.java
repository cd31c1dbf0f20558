package com.vianet.partnersupport.portal.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LogTextTest {

  @Test
  void aTypedUserNameCannotForgeALogLine() {
    String forged = "bob\r\nINFO: User admin signed in";
    assertThat(LogText.of(forged))
        .doesNotContain("\n")
        .doesNotContain("\r")
        .isEqualTo("\"bob\\u000d\\u000aINFO: User admin signed in\"");
  }

  @Test
  void bidirectionalOverridesAndQuotesAreShownEscaped() {
    assertThat(LogText.of("a\u202Eb\"c")).isEqualTo("\"a\\u202eb\\\"c\"");
    assertThat(LogText.of(null)).isEqualTo("(none)");
    assertThat(LogText.of("x".repeat(300))).hasSize(200 + 3);
  }
}
