package com.vianet.partnersupport.portal.request;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;

/** One term a request is found by (see SearchTerms); read by the search boxes' subqueries. */
@Entity
@Table(name = "request_search_term")
@IdClass(RequestSearchTerm.Key.class)
public class RequestSearchTerm {

  @Id
  @Column(length = 40)
  private String term;

  @Id
  @Column(name = "request_id")
  private Long requestId;

  protected RequestSearchTerm() {}

  /** The composite key, as JPA wants it spelled out. */
  public static class Key implements Serializable {
    private static final long serialVersionUID = 1L;

    private String term;
    private Long requestId;

    public Key() {}

    @Override
    public boolean equals(Object other) {
      return other instanceof Key k
          && Objects.equals(term, k.term)
          && Objects.equals(requestId, k.requestId);
    }

    @Override
    public int hashCode() {
      return Objects.hash(term, requestId);
    }
  }
}
