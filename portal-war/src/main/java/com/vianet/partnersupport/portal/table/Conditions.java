package com.vianet.partnersupport.portal.table;

import jakarta.persistence.TypedQuery;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The WHERE clause of a list's count and page queries, built from the filters that are set, with
 * its named parameters: the lazy tables' searches share it so count and page always agree.
 */
public final class Conditions {

  private final StringBuilder where = new StringBuilder(" WHERE 1 = 1");
  private final Map<String, Object> parameters = new LinkedHashMap<>();

  public Conditions and(String condition) {
    where.append(" AND ").append(condition);
    return this;
  }

  public Conditions and(String condition, String parameter, Object value) {
    parameters.put(parameter, value);
    return and(condition);
  }

  /** The clause, starting with " WHERE". */
  public String where() {
    return where.toString();
  }

  /**
   * How many rows of {@code from} (e.g. "FROM SupportRequest r", alias r) the conditions select, up
   * to {@link LazyRows#COUNT_CAP} and one more, which the table reads as "more": the queue's exact
   * count read 120,000 open requests of a million on every page, a partner's list 2,500.
   */
  public long count(jakarta.persistence.EntityManager em, String from) {
    return CappedCount.of(bind(em.createQuery("SELECT r.id " + from + where(), Long.class)));
  }

  public <T> TypedQuery<T> bind(TypedQuery<T> query) {
    parameters.forEach(query::setParameter);
    return query;
  }
}
