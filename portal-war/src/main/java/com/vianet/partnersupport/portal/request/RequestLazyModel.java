package com.vianet.partnersupport.portal.request;

import com.vianet.partnersupport.portal.security.PartnerScope;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/** A request table's rows, one page at a time from {@link RequestSearch}. */
public class RequestLazyModel extends LazyDataModel<RequestListItem> {

  private static final long serialVersionUID = 1L;

  private final transient RequestSearch search;
  private final PartnerScope scope;
  private final RequestFilter filter;

  public RequestLazyModel(RequestSearch search, PartnerScope scope, RequestFilter filter) {
    this.search = search;
    this.scope = scope;
    this.filter = filter;
  }

  @Override
  public int count(Map<String, FilterMeta> filterBy) {
    return (int) Math.min(Integer.MAX_VALUE, search.count(scope, filter));
  }

  @Override
  public List<RequestListItem> load(
      int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
    SortMeta sort = sortBy.values().stream().findFirst().orElse(null);
    String field = sort == null ? "createdAt" : sort.getField();
    boolean ascending = sort != null && sort.getOrder() == SortOrder.ASCENDING;
    return search.page(scope, filter, first, pageSize, field, ascending);
  }

  @Override
  public String getRowKey(RequestListItem item) {
    return item.number();
  }

  @Override
  public RequestListItem getRowData(String rowKey) {
    return null;
  }
}
