package com.vianet.partnersupport.core.user;

import static org.assertj.core.api.Assertions.assertThat;

import com.vianet.partnersupport.core.user.PasswordPolicy.Problem;
import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

  @Test
  void aLongPassphraseIsAcceptedWithoutDigitsOrSymbols() {
    assertThat(PasswordPolicy.check("violet harbour lantern quietly", "li.wei")).isEmpty();
  }

  @Test
  void shortPasswordsAreRefusedWhateverTheyContain() {
    assertThat(PasswordPolicy.check("X7#kq!2z")).contains(Problem.TOO_SHORT);
    assertThat(PasswordPolicy.check(null)).contains(Problem.TOO_SHORT);
  }

  @Test
  void chineseCharactersCountAsOneEach() {
    assertThat(PasswordPolicy.check("北京上海广州深圳天津重庆")).isNotEqualTo(PasswordPolicy.check("x"));
    assertThat(PasswordPolicy.check("北京上海广州深圳天津")).contains(Problem.TOO_SHORT);
  }

  @Test
  void commonAndPatternedPasswordsAreRefusedEvenWhenLong() {
    assertThat(PasswordPolicy.check("password1234")).contains(Problem.GUESSABLE);
    assertThat(PasswordPolicy.check("qwertyuiop123")).contains(Problem.GUESSABLE);
    assertThat(PasswordPolicy.check("aaaaaaaaaaaaaaaa")).contains(Problem.GUESSABLE);
  }

  @Test
  void thePersonsOwnNameDoesNotMakeAPassword() {
    assertThat(PasswordPolicy.check("contosoadmin2026", "contoso.admin", "li.wei@contoso.cn"))
        .contains(Problem.GUESSABLE);
  }

  @Test
  void overlyLongPasswordsAreRefused() {
    assertThat(PasswordPolicy.check("a".repeat(129))).contains(Problem.TOO_LONG);
  }
}
