package com.vianet.partnersupport.core.request;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SearchTermsTest {

  @Test
  void latinWordsAreLowerCaseTermsAndSingleLettersAreDropped() {
    assertThat(SearchTerms.of("Invoice of November is WRONG, a typo?"))
        .containsExactly("invoice", "of", "november", "is", "wrong", "typo");
  }

  @Test
  void chineseTextBecomesOverlappingPairsSoATwoCharacterWordIsFound() {
    assertThat(SearchTerms.of("发票账单错误")).containsExactly("发票", "票账", "账单", "单错", "错误");
    assertThat(SearchTerms.of("账单")).containsExactly("账单");
    assertThat(SearchTerms.of("邮件 慢")).containsExactly("邮件", "慢");
  }

  @Test
  void mixedTextKeepsBothKindsAndDomainsSplitIntoWords() {
    assertThat(SearchTerms.of("Outlook无法连接 contoso.partner.cn", "Hangzhou Retail"))
        .containsExactly(
            "outlook", "无法", "法连", "连接", "contoso", "partner", "cn", "hangzhou", "retail");
  }

  @Test
  void fullWidthLettersReadAsTheirPlainForms() {
    assertThat(SearchTerms.of("ＡＢＣ１２")).containsExactly("abc12");
  }

  @Test
  void aPastedLogDoesNotFloodTheIndex() {
    StringBuilder log = new StringBuilder();
    for (int i = 0; i < 5000; i++) {
      log.append("line").append(i).append(' ');
    }
    assertThat(SearchTerms.of(log.toString())).hasSize(SearchTerms.MAX_TERMS);
    assertThat(SearchTerms.of("x".repeat(100)).iterator().next()).hasSize(SearchTerms.MAX_LENGTH);
  }

  @Test
  void requestNumbersAreRecognisedWhateverTheCase() {
    assertThat(SearchTerms.isRequestNumber(" sr100201 ")).isTrue();
    assertThat(SearchTerms.isRequestNumber("SR1")).isFalse();
    assertThat(SearchTerms.isRequestNumber("invoice")).isFalse();
  }
}
