package com.vianet.partnersupport.portal.table;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class CappedCountTest {

  @Test
  void countsUpToTheCapAreShownExactlyInTheViewersLanguage() {
    assertThat(CappedCount.shown(0, Locale.ENGLISH)).isEqualTo("0");
    assertThat(CappedCount.shown(1_000, Locale.ENGLISH)).isEqualTo("1,000");
    assertThat(CappedCount.shown(1_000, Locale.ITALIAN)).isEqualTo("1.000");
  }

  @Test
  void aCountPastTheCapIsShownAsMoreThanTheCap() {
    assertThat(CappedCount.shown(1_001, Locale.ENGLISH)).isEqualTo("1,000+");
    assertThat(CappedCount.shown(1_001, Locale.ITALIAN)).isEqualTo("1.000+");
    assertThat(CappedCount.shown(1_001, Locale.SIMPLIFIED_CHINESE)).isEqualTo("1,000+");
  }

  @Test
  void aSumWithACappedCountIsAFloorMarkedMore() {
    assertThat(CappedCount.sum(List.of(3L, 4L), Locale.ENGLISH)).isEqualTo("7");
    assertThat(CappedCount.sum(List.of(1_001L, 1_001L, 50L), Locale.ENGLISH)).isEqualTo("2,050+");
    assertThat(CappedCount.sum(List.of(), Locale.ENGLISH)).isEqualTo("0");
  }
}
