package com.vianet.partnersupport.portal.table;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

class LazyRowsTest {

  private static final class Numbers extends LazyRows<String> {
    private static final long serialVersionUID = 1L;

    @Override
    protected String keyOf(String row) {
      return "key-" + row;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
      return 2;
    }

    @Override
    public List<String> load(
        int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
      return List.of("SR1", "SR2");
    }
  }

  @Test
  void aSelectedRowIsFoundAmongThePageOnScreen() {
    Numbers rows = new Numbers();
    rows.setWrappedData(rows.load(0, 2, Map.of(), Map.of()));
    assertThat(rows.getRowKey("SR2")).isEqualTo("key-SR2");
    assertThat(rows.getRowData("key-SR2")).isEqualTo("SR2");
    assertThat(rows.getRowData("key-SR9")).isNull();
  }

  @Test
  void theTablesSortOrTheDefaultIsTaken() {
    assertThat(LazyRows.sort(Map.of(), "createdAt", true))
        .isEqualTo(new LazyRows.Sort("createdAt", true));
    SortMeta bySeverity = SortMeta.builder().field("severity").order(SortOrder.DESCENDING).build();
    assertThat(LazyRows.sort(Map.of("severity", bySeverity), "createdAt", true))
        .isEqualTo(new LazyRows.Sort("severity", false));
  }

  @Test
  void aSearchCountedPastItsCapSaysMoreThan() {
    Numbers rows = new Numbers();
    assertThat(rows.rows(LazyRows.COUNT_CAP)).isEqualTo(LazyRows.COUNT_CAP);
    assertThat(rows.isCapped()).isFalse();
    assertThat(rows.rows(LazyRows.COUNT_CAP + 1)).isEqualTo(LazyRows.COUNT_CAP + 1);
    assertThat(rows.isCapped()).isTrue();
  }
}
