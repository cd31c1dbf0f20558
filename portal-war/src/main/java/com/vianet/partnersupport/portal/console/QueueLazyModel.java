package com.vianet.partnersupport.portal.console;

import com.vianet.partnersupport.portal.table.LazyRows;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.SortMeta;

/** The queue's rows, a page at a time, each with its clocks. */
public class QueueLazyModel extends LazyRows<QueueRow> {

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
    return rows(search.count(filter, agentId));
  }

  @Override
  public List<QueueRow> load(
      int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
    // Oldest first by default: the queue is worked from the longest-waiting request.
    // What needs 21Vianet now first: the nearest target, breached ones before all.
    Sort sort = sort(sortBy, "due", true);
    List<QueueItem> items =
        search.page(filter, agentId, first, pageSize, sort.field(), sort.ascending());
    Map<Long, RequestClocks> read = clocks.read(items, Instant.now());
    return items.stream().map(item -> new QueueRow(item, read.get(item.id()))).toList();
  }

  @Override
  protected String keyOf(QueueRow row) {
    return row.item().number();
  }
}
