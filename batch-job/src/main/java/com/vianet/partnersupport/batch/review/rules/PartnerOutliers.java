package com.vianet.partnersupport.batch.review.rules;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Which partners' weekly escalation rates stand out from their peers: robust z-score 0.6745 × (rate
 * − median) / MAD above the threshold. Median and MAD, not mean and standard deviation, so one
 * extreme partner cannot hide itself by moving the average.
 */
public final class PartnerOutliers {

  /** A partner that stands out, with the evidence the flag's reason names. */
  public record Outlier(long partnerId, double rate, double median, double mad, double robustZ) {}

  private PartnerOutliers() {}

  /**
   * @param rates escalations per 100 customers this week, by partner
   * @param threshold the robust z-score above which a partner is an outlier
   * @param minPartners below this many partners there are no peers to speak of: no outliers
   */
  public static Map<Long, Outlier> find(
      Map<Long, Double> rates, double threshold, int minPartners) {
    Map<Long, Outlier> outliers = new LinkedHashMap<>();
    if (rates.size() < minPartners) {
      return outliers;
    }
    double median = median(rates.values().stream().mapToDouble(Double::doubleValue).toArray());
    double mad = median(rates.values().stream().mapToDouble(r -> Math.abs(r - median)).toArray());
    if (mad == 0) {
      return outliers;
    }
    rates.forEach(
        (partner, rate) -> {
          double z = 0.6745 * (rate - median) / mad;
          if (z > threshold) {
            outliers.put(partner, new Outlier(partner, rate, median, mad, z));
          }
        });
    return outliers;
  }

  static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    int n = sorted.length;
    return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
  }
}
