package com.vianet.partnersupport.portal.report;

import com.vianet.partnersupport.core.jobs.JobRun;
import com.vianet.partnersupport.portal.security.CurrentUser;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** Reports › Job runs: the nightly review's last runs and their steps' counts. */
@Named
@ViewScoped
public class JobRunsView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private CurrentUser currentUser;
  @Inject private JobRuns jobRuns;

  private List<JobRun> runs;

  @PostConstruct
  void load() {
    runs = jobRuns.last(currentUser.scope());
  }

  public List<JobRun> getRuns() {
    return runs;
  }
}
