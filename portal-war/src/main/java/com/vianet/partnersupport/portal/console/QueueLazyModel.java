package com.vianet.partnersupport.portal.console;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/** The queue's rows, a page at a time, each with its clocks. */
public class QueueLazyModel extends LazyDataModel<QueueRow> {

  private static final long serialVersionUID = 1L;

  private final transient QueueSearch search;
  private final transient ResponseClocks clocks;
  private final QueueFilter filter;
  private final long agentId;

  public QueueLazyModel(
      QueueSearch search, ResponseClocks clocks, QueueFilter filter, long agentId) {
    this.search = search;
    this.clocks = clocks;
    this.filter = filter;
    this.agentId = agentId;
  }

  @Override
  public int count(Map<String, FilterMeta> filterBy) {
    return (int) Math.min(Integer.MAX_VALUE, search.count(filter, agentId));
  }

  @Override
  public List<QueueRow> load(
      int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
    SortMeta sort = sortBy.values().stream().findFirst().orElse(null);
    // Oldest first by default: the queue is worked from the longest-waiting request.
    String field = sort == null ? "createdAt" : sort.getField();
    boolean ascending = sort == null || sort.getOrder() == SortOrder.ASCENDING;
    List<QueueItem> items = search.page(filter, agentId, first, pageSize, field, ascending);
    Map<Long, RequestClocks> read = clocks.read(items, Instant.now());
    return items.stream().map(item -> new QueueRow(item, read.get(item.id()))).toList();
  }

  @Override
  public String getRowKey(QueueRow row) {
    return row.item().number();
  }

  @Override
  public QueueRow getRowData(String rowKey) {
    return null;
  }
}
