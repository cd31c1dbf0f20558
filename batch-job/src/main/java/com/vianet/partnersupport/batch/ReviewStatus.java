package com.vianet.partnersupport.batch;

import com.vianet.partnersupport.core.jobs.JobRun;
import com.vianet.partnersupport.core.jobs.JobRunHistory;
import java.io.PrintStream;
import javax.sql.DataSource;

/** Prints the last runs of the nightly review from the job repository tables. */
final class ReviewStatus {

  private ReviewStatus() {}

  static void print(DataSource dataSource, PrintStream out) {
    for (JobRun run : JobRunHistory.last(dataSource, 10)) {
      out.printf(
          "run %d  %s  date %s  started %s  ended %s%n",
          run.id(), run.status(), run.businessDate(), run.started(), run.ended());
      for (JobRun.Step step : run.steps()) {
        out.printf(
            "    %-18s %-10s read %,d  written %,d  filtered %,d%n",
            step.name(), step.status(), step.read(), step.written(), step.filtered());
      }
    }
  }
}
