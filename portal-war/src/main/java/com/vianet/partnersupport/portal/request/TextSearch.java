package com.vianet.partnersupport.portal.request;

import com.vianet.partnersupport.core.request.SearchTerms;
import com.vianet.partnersupport.portal.table.Conditions;
import java.util.Locale;

/**
 * What a search box adds to a list's conditions: a request number exactly, otherwise every term of
 * what was typed (words of the title and description, the customer's name or domain) each looked up
 * in the terms' primary key. The list's partner scope applies as always.
 */
public final class TextSearch {

  /** More terms narrow nothing down that six do not, and each costs a lookup. */
  private static final int MAX_TERMS = 6;

  private TextSearch() {}

  public static void apply(Conditions conditions, String typed) {
    if (typed == null || typed.isBlank()) {
      return;
    }
    if (SearchTerms.isRequestNumber(typed)) {
      conditions.and("r.number = :number", "number", typed.strip().toUpperCase(Locale.ROOT));
      return;
    }
    int i = 0;
    for (String term : SearchTerms.of(typed)) {
      if (i == MAX_TERMS) {
        break;
      }
      conditions.and(
          "r.id IN (SELECT t.requestId FROM RequestSearchTerm t WHERE t.term = :term" + i + ")",
          "term" + i,
          term);
      i++;
    }
  }
}
