package com.vianet.partnersupport.portal.report;

import com.vianet.partnersupport.core.config.Settings;
import com.vianet.partnersupport.core.user.Action;
import com.vianet.partnersupport.portal.config.DatabaseStartup;
import com.vianet.partnersupport.portal.security.PartnerScope;
import com.vianet.partnersupport.reports.IsoWeek;
import com.vianet.partnersupport.reports.WeeklyReportExport;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Generates the current week's workbooks on demand, in the background (the page polls). One at a
 * time: a second request while one runs is not started again.
 */
@ApplicationScoped
public class ReportGeneration {

  /** Job run id stamped on workbooks made in the portal rather than by the nightly job. */
  public static final long ON_DEMAND = 0;

  public enum State {
    IDLE,
    RUNNING,
    DONE,
    FAILED
  }

  private static final Logger LOG = Logger.getLogger(ReportGeneration.class.getName());

  @Resource private ManagedExecutorService executor;

  @Resource(lookup = DatabaseStartup.DATA_SOURCE)
  private DataSource dataSource;

  private final AtomicReference<State> state = new AtomicReference<>(State.IDLE);

  /** Starts generating the week of today (Beijing); returns false when a generation is running. */
  public boolean start(PartnerScope scope) {
    scope.require(Action.READ_REPORTS);
    if (!state.compareAndSet(State.IDLE, State.RUNNING)
        && !state.compareAndSet(State.DONE, State.RUNNING)
        && !state.compareAndSet(State.FAILED, State.RUNNING)) {
      return false;
    }
    executor.execute(
        () -> {
          try {
            Settings settings = Settings.fromEnvironment();
            WeeklyReportExport.export(
                dataSource,
                LocalDate.now(IsoWeek.BEIJING),
                ON_DEMAND,
                settings.home().resolve("reports"),
                settings.portalUrl());
            state.set(State.DONE);
          } catch (Exception e) {
            LOG.log(Level.SEVERE, "On-demand report generation failed", e);
            state.set(State.FAILED);
          }
        });
    return true;
  }

  public State state() {
    return state.get();
  }

  public String currentWeek() {
    return IsoWeek.of(LocalDate.now(IsoWeek.BEIJING)).label();
  }
}
