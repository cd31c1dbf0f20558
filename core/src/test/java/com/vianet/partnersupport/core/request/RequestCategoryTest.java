package com.vianet.partnersupport.core.request;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RequestCategoryTest {

  @Test
  void partnerCenterCategoriesAreThePartnersOwnProblems() {
    assertThat(RequestCategory.partnerCenterCategories())
        .containsExactly(
            RequestCategory.TECHNICAL,
            RequestCategory.BILLING,
            RequestCategory.CUSTOMER_SUBSCRIPTION_MANAGEMENT);
  }

  @Test
  void howToIsWithinThePartnersOwnSupportScope() {
    assertThat(RequestCategory.HOW_TO.isPartnerSupportScope()).isTrue();
    assertThat(RequestCategory.customerCategories())
        .hasSize(7)
        .doesNotContain(RequestCategory.BILLING);
  }
}
