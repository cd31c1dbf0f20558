package com.vianet.partnersupport.portal.report;

import com.vianet.partnersupport.portal.i18n.Messages;
import com.vianet.partnersupport.portal.request.EditAttempt;
import com.vianet.partnersupport.portal.security.CurrentUser;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/**
 * The compliance reviewer sends back the week's workbook with decisions filled in: what was
 * applied, left for discussion, and a downloadable list of what could not be applied.
 */
@Named
@ViewScoped
public class DecisionUploadView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private CurrentUser currentUser;
  @Inject private ComplianceDecisions decisions;
  @Inject private Messages messages;

  private transient Part file;
  private DecisionUpload result;

  public void upload() {
    if (file == null || file.getSize() == 0) {
      FacesContext.getCurrentInstance()
          .addMessage(
              null,
              new FacesMessage(
                  FacesMessage.SEVERITY_ERROR, messages.get("decisions.chooseFile"), null));
      return;
    }
    DecisionUpload[] done = new DecisionUpload[1];
    if (EditAttempt.run(
        messages,
        () -> {
          try (InputStream in = file.getInputStream()) {
            done[0] = decisions.upload(currentUser.scope(), currentUser.actor(), in);
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        },
        "decisions.uploaded")) {
      result = done[0];
    }
  }

  /** The rows not applied, as a CSV a spreadsheet opens: row, request, cell, reason. */
  public StreamedContent getUnappliedList() {
    StringBuilder csv = new StringBuilder("\uFEFFrow,request,cell,problem\r\n");
    for (Unapplied u : result.unapplied()) {
      csv.append(u.row())
          .append(',')
          .append(cell(u.number()))
          .append(',')
          .append(cell(u.cell()))
          .append(',')
          .append(cell(messages.get(u.problemKey())))
          .append("\r\n");
    }
    byte[] bytes = csv.toString().getBytes(StandardCharsets.UTF_8);
    return DefaultStreamedContent.builder()
        .name("decisions-not-applied-" + result.isoWeek() + ".csv")
        .contentType("text/csv; charset=UTF-8")
        .contentLength((long) bytes.length)
        .stream(() -> new ByteArrayInputStream(bytes))
        .build();
  }

  /** Why a row was not applied, in the reviewer's language. */
  public String problem(Unapplied row) {
    return messages.get(row.problemKey());
  }

  /** Quoted, and never a formula when a spreadsheet opens it. */
  private static String cell(String value) {
    String text = value == null ? "" : value;
    if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
      text = "'" + text;
    }
    return "\"" + text.replace("\"", "\"\"") + "\"";
  }

  public Part getFile() {
    return file;
  }

  public void setFile(Part file) {
    this.file = file;
  }

  public DecisionUpload getResult() {
    return result;
  }
}
