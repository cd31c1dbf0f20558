package com.vianet.partnersupport.portal.table;

import jakarta.persistence.Query;
import java.text.NumberFormat;
import java.util.Locale;

/**
 * Counts that stop at {@link LazyRows#COUNT_CAP} and say "more" beyond: a query selecting the
 * matching rows reads at most one more than the cap from an index, however many rows match, where
 * an exact count of the 120,000 open requests of a million read them all on every page. What a
 * person reads stays true: "1,000+" means more than a thousand.
 */
public final class CappedCount {

  private CappedCount() {}

  /** How many rows the query selects, up to one more than the cap. */
  public static long of(Query rows) {
    return rows.setMaxResults(LazyRows.COUNT_CAP + 1).getResultList().size();
  }

  /** Whether a count went past the cap. */
  public static boolean more(long count) {
    return count > LazyRows.COUNT_CAP;
  }

  /** A count as shown: the number in the viewer's language, or "1,000+" past the cap. */
  public static String shown(long count, Locale locale) {
    return sum(java.util.List.of(count), locale);
  }

  /**
   * A sum of capped counts as shown: exact when none went past the cap, else the sum of what was
   * counted (a floor) with "+".
   */
  public static String sum(java.util.Collection<Long> counts, Locale locale) {
    long floor = counts.stream().mapToLong(c -> Math.min(c, (long) LazyRows.COUNT_CAP)).sum();
    boolean more = counts.stream().anyMatch(CappedCount::more);
    return NumberFormat.getIntegerInstance(locale).format(floor) + (more ? "+" : "");
  }
}
