package com.vianet.partnersupport.batch.review;

import com.vianet.partnersupport.reports.WeeklyReportExport;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * Writes the week's managers' and compliance workbooks from committed data, in a step of its own: a
 * streamed workbook cannot take rows back, so a restart regenerates it whole.
 */
public class ExportWorkbooksTasklet implements Tasklet {

  private static final Logger LOG = Logger.getLogger(ExportWorkbooksTasklet.class.getName());

  private final DataSource dataSource;
  private final LocalDate businessDate;
  private final Path folder;
  private final String portalUrl;

  public ExportWorkbooksTasklet(
      DataSource dataSource, LocalDate businessDate, Path folder, String portalUrl) {
    this.dataSource = dataSource;
    this.businessDate = businessDate;
    this.folder = folder;
    this.portalUrl = portalUrl;
  }

  @Override
  public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext)
      throws Exception {
    long jobRunId = contribution.getStepExecution().getJobExecutionId();
    for (WeeklyReportExport.Stored stored :
        WeeklyReportExport.export(dataSource, businessDate, jobRunId, folder, portalUrl)) {
      contribution.incrementWriteCount(1);
      LOG.info(
          () ->
              "Wrote "
                  + stored.fileName()
                  + " ("
                  + stored.sizeBytes()
                  + " bytes, input "
                  + stored.inputSha256()
                  + ")");
    }
    return RepeatStatus.FINISHED;
  }
}
