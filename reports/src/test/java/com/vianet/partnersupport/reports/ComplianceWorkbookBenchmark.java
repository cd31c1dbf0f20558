package com.vianet.partnersupport.reports;

import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.List;

/**
 * Writes N flagged escalations (default 1,000,000) into the compliance workbook and prints rows per
 * second and the peak heap. Run with a bounded heap: {@code ./mvnw -q -pl reports -Pbench verify
 * -DskipTests} (256 MiB). Not a test: it measures, it does not judge.
 */
public final class ComplianceWorkbookBenchmark {

  private ComplianceWorkbookBenchmark() {}

  public static void main(String[] args) throws Exception {
    int rows = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
    Iterable<FlaggedEscalation> flagged =
        () ->
            new Iterator<>() {
              private int i;

              @Override
              public boolean hasNext() {
                return i < rows;
              }

              @Override
              public FlaggedEscalation next() {
                int n = i++;
                return new FlaggedEscalation(
                    "SR" + (1_000_000 + n),
                    "Partner " + (n % 400),
                    "Customer " + (n % 40_000),
                    n % 3 == 0 ? "Office 365" : "Azure",
                    "HOW_TO",
                    LocalDate.of(2026, 11, 16).plusDays(n % 7),
                    n % 2 == 0 ? LocalDate.of(2026, 11, 20) : null,
                    "within-partner-scope v1; self-help v1",
                    "category 'how-to' is within the partner's own support scope; a published"
                        + " article covers the problem type",
                    0.5 + (n % 50) / 100.0,
                    n % 5 == 0 ? "inappropriate" : "",
                    "http://localhost:8080/partner-support/requests/detail.xhtml?number=SR"
                        + (1_000_000 + n));
              }
            };
    Path file = Files.createTempFile("compliance-bench-", ".xlsx");
    long started = System.nanoTime();
    try (OutputStream out = Files.newOutputStream(file)) {
      ComplianceWorkbook.write(
          ReportFixtures.run(),
          flagged::forEach,
          ReportFixtures.plans(),
          List.of("Northwind IT Partners"),
          out);
    }
    double seconds = (System.nanoTime() - started) / 1e9;
    long peak = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        peak += pool.getPeakUsage().getUsed();
      }
    }
    System.out.printf(
        "compliance workbook: %,d flagged rows in %.1f s = %,.0f rows/s; file %,d MiB; peak heap"
            + " %,d MiB of max %,d MiB%n",
        rows,
        seconds,
        rows / seconds,
        Files.size(file) >> 20,
        peak >> 20,
        Runtime.getRuntime().maxMemory() >> 20);
    Files.delete(file);
  }
}
