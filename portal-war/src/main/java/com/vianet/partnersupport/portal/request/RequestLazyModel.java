package com.vianet.partnersupport.portal.request;

import com.vianet.partnersupport.portal.security.PartnerScope;
import com.vianet.partnersupport.portal.table.LazyRows;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.SortMeta;

/** A request table's rows, one page at a time from {@link RequestSearch}. */
public class RequestLazyModel extends LazyRows<RequestListItem> {

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
    return rows(search.count(scope, filter));
  }

  @Override
  public List<RequestListItem> load(
      int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
    Sort sort = sort(sortBy, "createdAt", false);
    return search.page(scope, filter, first, pageSize, sort.field(), sort.ascending());
  }

  @Override
  protected String keyOf(RequestListItem item) {
    return item.number();
  }
}
