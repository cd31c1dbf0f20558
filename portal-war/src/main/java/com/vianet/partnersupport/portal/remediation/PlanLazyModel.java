package com.vianet.partnersupport.portal.remediation;

import com.vianet.partnersupport.core.remediation.PlanStatus;
import com.vianet.partnersupport.portal.security.PartnerScope;
import com.vianet.partnersupport.portal.table.LazyRows;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.SortMeta;

/** A plan table's rows, a page at a time. */
public class PlanLazyModel extends LazyRows<PlanListItem> {

  private static final long serialVersionUID = 1L;

  private final transient PlanSearch search;
  private final PartnerScope scope;
  private PlanStatus status;

  public PlanLazyModel(PlanSearch search, PartnerScope scope) {
    this.search = search;
    this.scope = scope;
  }

  public PlanStatus getStatus() {
    return status;
  }

  public void setStatus(PlanStatus status) {
    this.status = status;
  }

  @Override
  public int count(Map<String, FilterMeta> filterBy) {
    return rows(search.count(scope, status));
  }

  @Override
  public List<PlanListItem> load(
      int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
    return search.page(scope, status, first, pageSize);
  }

  @Override
  protected String keyOf(PlanListItem item) {
    return item.id().toString();
  }
}
