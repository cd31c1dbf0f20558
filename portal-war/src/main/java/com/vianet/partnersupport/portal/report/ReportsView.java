package com.vianet.partnersupport.portal.report;

import com.vianet.partnersupport.portal.i18n.Messages;
import com.vianet.partnersupport.portal.security.CurrentUser;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.util.List;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/** Reports: the stored weekly workbooks, and the current week's on demand. */
@Named
@ViewScoped
public class ReportsView implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final String XLSX =
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  @Inject private CurrentUser currentUser;
  @Inject private ReportFiles files;
  @Inject private ReportGeneration generation;
  @Inject private Messages messages;

  public List<ReportFileSummary> getFiles() {
    return files.list(currentUser.scope());
  }

  public void generate() {
    boolean started = generation.start(currentUser.scope());
    FacesContext.getCurrentInstance()
        .addMessage(
            null,
            new FacesMessage(
                FacesMessage.SEVERITY_INFO,
                messages.get(
                    started ? "reports.generating" : "reports.alreadyRunning",
                    generation.currentWeek()),
                null));
  }

  public boolean isRunning() {
    return generation.state() == ReportGeneration.State.RUNNING;
  }

  public String getState() {
    return generation.state().name();
  }

  public StreamedContent download(ReportFileSummary file) {
    byte[] content =
        files.download(currentUser.scope(), currentUser.actor(), file.id()).orElseThrow();
    return DefaultStreamedContent.builder()
        .name(file.fileName())
        .contentType(XLSX)
        .contentLength((long) content.length)
        .stream(() -> new ByteArrayInputStream(content))
        .build();
  }
}
