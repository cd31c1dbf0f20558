package com.vianet.partnersupport.reports;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Small, known inputs whose figures the tests can check by hand. */
final class ReportFixtures {

  private ReportFixtures() {}

  static ReportRun run() {
    return new ReportRun(
        "2026-W47",
        42,
        Map.of("within-partner-scope", 1, "duplicate", 2),
        Instant.parse("2026-11-23T02:00:00Z"));
  }

  /** 13 weeks; escalations grow by 10 a week from 100; a fifth of them inappropriate. */
  static List<WeeklyFigures> weeks() {
    List<WeeklyFigures> weeks = new ArrayList<>();
    for (int i = 0; i < 13; i++) {
      long escalations = 100 + 10L * i;
      weeks.add(
          new WeeklyFigures(
              String.format("2026-W%02d", 35 + i),
              300 + i,
              escalations,
              40 + i,
              escalations / 5,
              i,
              2,
              3 + i,
              5 + i));
    }
    return weeks;
  }

  static List<EscalationAggregate> aggregates() {
    return List.of(
        new EscalationAggregate(
            "Contoso Cloud Services",
            "Office 365",
            "HOW_TO",
            "2026-W47",
            30,
            10,
            15,
            5,
            4,
            1.5,
            3.0,
            20,
            40,
            1),
        new EscalationAggregate(
            "Contoso Cloud Services",
            "Azure",
            "CLIENT_CONNECTIVITY",
            "2026-W47",
            20,
            15,
            2,
            3,
            1,
            2,
            4,
            10,
            30,
            0),
        new EscalationAggregate(
            "=HYPERLINK(\"http://x\",\"Fabrikam\")",
            "Office 365",
            "HOW_TO",
            "2026-W47",
            10,
            2,
            8,
            0,
            0,
            1,
            2,
            5,
            9,
            2));
  }

  static List<FlaggedEscalation> flagged(int count) {
    List<FlaggedEscalation> rows = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      rows.add(
          new FlaggedEscalation(
              "SR" + (200000 + i),
              "Contoso Cloud Services",
              i == 0 ? "@SUM(A1:A9)" : "Customer " + i,
              "Office 365",
              "HOW_TO",
              LocalDate.of(2026, 11, 17),
              i % 2 == 0 ? LocalDate.of(2026, 11, 19) : null,
              "within-partner-scope v1",
              "category 'how-to' is within the partner's own support scope",
              0.8,
              "inappropriate",
              "http://localhost:8080/partner-support/requests/detail.xhtml?number=SR"
                  + (200000 + i)));
    }
    return rows;
  }

  static List<RemediationPlanRow> plans() {
    return List.of(
        new RemediationPlanRow(
            "CONTOSO",
            "Contoso Cloud Services",
            "AGREED",
            "Train the helpdesk on mail flow",
            "Li Wei",
            LocalDate.of(2026, 11, 1),
            false),
        new RemediationPlanRow(
            "CONTOSO",
            "Contoso Cloud Services",
            "AGREED",
            "Publish a how-to page",
            "Wang Fang",
            LocalDate.of(2027, 1, 10),
            false));
  }
}
