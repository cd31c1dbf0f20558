package com.vianet.partnersupport.portal.i18n;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reference data (problem types, self-help, service health) in the viewer's language. The table is
 * small and read on every page that lists requests, so it is held in memory and read again every
 * few minutes: a translation support adds shows without a restart.
 */
@Named
@ApplicationScoped
public class ReferenceTexts {

  private static final Duration FRESH_FOR = Duration.ofMinutes(5);

  @PersistenceContext private EntityManager em;
  @Inject private LocaleSelection localeSelection;

  private volatile Snapshot snapshot;

  private record Snapshot(Instant readAt, Map<String, String> texts) {}

  public String problemType(String english) {
    return of("PROBLEM_TYPE", english);
  }

  public String selfHelp(String english) {
    return of("SELF_HELP", english);
  }

  public String health(String english) {
    return of("SERVICE_HEALTH", english);
  }

  /** The text in the viewer's language; the English itself when there is no translation of it. */
  public String of(String kind, String english) {
    String language = localeSelection.getLanguageTag();
    if (english == null || language.equals("en")) {
      return english;
    }
    return texts().getOrDefault(key(kind, language, english), english);
  }

  private Map<String, String> texts() {
    Snapshot current = snapshot;
    if (current == null || current.readAt().plus(FRESH_FOR).isBefore(Instant.now())) {
      Map<String, String> texts = new HashMap<>();
      @SuppressWarnings("unchecked")
      List<Object[]> rows =
          em.createNativeQuery("SELECT kind, language, english, text FROM reference_translation")
              .getResultList();
      for (Object[] row : rows) {
        texts.put(key((String) row[0], (String) row[1], (String) row[2]), (String) row[3]);
      }
      current = new Snapshot(Instant.now(), Map.copyOf(texts));
      snapshot = current;
    }
    return current.texts();
  }

  private static String key(String kind, String language, String english) {
    return kind + '\u0000' + language + '\u0000' + english;
  }
}
