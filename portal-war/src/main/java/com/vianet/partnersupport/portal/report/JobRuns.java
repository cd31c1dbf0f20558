package com.vianet.partnersupport.portal.report;

import com.vianet.partnersupport.core.jobs.JobRun;
import com.vianet.partnersupport.core.jobs.JobRunHistory;
import com.vianet.partnersupport.core.user.Action;
import com.vianet.partnersupport.portal.config.DatabaseStartup;
import com.vianet.partnersupport.portal.security.PartnerScope;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import javax.sql.DataSource;

/** The nightly review's last runs for the Job runs page, read-only from the job repository. */
@ApplicationScoped
public class JobRuns {

  @Resource(lookup = DatabaseStartup.DATA_SOURCE)
  private DataSource dataSource;

  public List<JobRun> last(PartnerScope scope) {
    scope.require(Action.READ_REPORTS);
    return JobRunHistory.last(dataSource, 20);
  }
}
