package com.vianet.partnersupport.batch.review.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import org.junit.jupiter.api.Test;

class PartnerOutliersTest {

  @Test
  void aPartnerFarAboveItsPeersIsAnOutlier() {
    Map<Long, Double> rates = Map.of(1L, 3.0, 2L, 3.5, 3L, 2.5, 4L, 4.0, 5L, 3.0, 6L, 12.0);
    var outliers = PartnerOutliers.find(rates, 3.5, 5);
    assertThat(outliers).containsOnlyKeys(6L);
    var o = outliers.get(6L);
    assertThat(o.median()).isEqualTo(3.25);
    assertThat(o.mad()).isEqualTo(0.5);
    assertThat(o.robustZ()).isCloseTo(0.6745 * 8.75 / 0.5, within(1e-9));
  }

  @Test
  void ordinarySpreadAndTooFewPeersGiveNoOutlier() {
    assertThat(PartnerOutliers.find(Map.of(1L, 3.0, 2L, 3.5, 3L, 2.5, 4L, 4.0, 5L, 3.0), 3.5, 5))
        .isEmpty();
    assertThat(PartnerOutliers.find(Map.of(1L, 3.0, 2L, 3.5, 3L, 30.0), 3.5, 5)).isEmpty();
  }

  @Test
  void identicalRatesHaveNoSpreadAndNoOutlier() {
    assertThat(
            PartnerOutliers.find(
                Map.of(1L, 2.0, 2L, 2.0, 3L, 2.0, 4L, 2.0, 5L, 2.0, 6L, 2.0), 3.5, 5))
        .isEmpty();
  }
}
