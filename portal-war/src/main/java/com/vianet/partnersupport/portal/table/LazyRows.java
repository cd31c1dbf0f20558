package com.vianet.partnersupport.portal.table;

import java.util.List;
import java.util.Map;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/**
 * A table's rows loaded a page at a time by a search that runs in SQL. Each row has a key; a
 * selected or expanded row is found among the rows of the page on screen, as PrimeFaces' own lazy
 * tables do, without another query.
 */
public abstract class LazyRows<T> extends LazyDataModel<T> {

  private static final long serialVersionUID = 1L;

  /** The row's key, unique in the table (a request number, a plan id). */
  protected abstract String keyOf(T row);

  @Override
  public String getRowKey(T row) {
    return keyOf(row);
  }

  @Override
  public T getRowData(String rowKey) {
    List<T> page = getWrappedData();
    if (page == null) {
      return null;
    }
    return page.stream().filter(row -> keyOf(row).equals(rowKey)).findFirst().orElse(null);
  }

  /**
   * Lists and dashboard figures count up to this many and say "more than" beyond (CappedCount):
   * counting every request that holds a common word, or every open request, costs up to a second at
   * a million requests, a page of them does not.
   */
  public static final int COUNT_CAP = 1000;

  private boolean capped;

  /** A count as the table takes it; a count past the cap makes the table say so. */
  protected int rows(long count) {
    capped = count > COUNT_CAP;
    return (int) Math.min(Integer.MAX_VALUE, count);
  }

  /** Whether more rows match than were counted. */
  public boolean isCapped() {
    return capped;
  }

  /** The column the table sorts by, or the default; ascending when the default is. */
  protected static Sort sort(
      Map<String, SortMeta> sortBy, String defaultField, boolean defaultAscending) {
    SortMeta sort = sortBy.values().stream().findFirst().orElse(null);
    return sort == null
        ? new Sort(defaultField, defaultAscending)
        : new Sort(sort.getField(), sort.getOrder() == SortOrder.ASCENDING);
  }

  /** A sort field (checked against each search's whitelist) and its direction. */
  protected record Sort(String field, boolean ascending) {}
}
