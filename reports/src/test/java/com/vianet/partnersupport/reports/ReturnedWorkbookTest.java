package com.vianet.partnersupport.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReturnedWorkbookTest {

  @TempDir Path dir;

  private File stored() throws IOException {
    Path file = dir.resolve("stored.xlsx");
    try (OutputStream out = Files.newOutputStream(file)) {
      ComplianceWorkbook.write(
          ReportFixtures.run(),
          ReportFixtures.flagged(5)::forEach,
          ReportFixtures.plans(),
          List.of("Northwind IT Partners"),
          out);
    }
    return file.toFile();
  }

  /** What a reviewer does in Excel: fills decision cells, and perhaps changes something else. */
  private File returned(File stored, java.util.function.Consumer<XSSFSheet> edit)
      throws IOException {
    Path file = dir.resolve("returned-" + System.nanoTime() + ".xlsx");
    try (InputStream in = Files.newInputStream(stored.toPath());
        XSSFWorkbook workbook = new XSSFWorkbook(in);
        OutputStream out = Files.newOutputStream(file)) {
      edit.accept(workbook.getSheet(ComplianceWorkbook.FLAGGED_SHEET));
      workbook.write(out);
    }
    return file.toFile();
  }

  @Test
  void decisionsAreReadByTheirCodeFromAnUnalteredWorkbook() throws IOException {
    File stored = stored();
    File filled =
        returned(
            stored,
            sheet -> {
              sheet.getRow(1).createCell(11).setCellValue(ComplianceWorkbook.DECISIONS[0]);
              sheet.getRow(2).createCell(11).setCellValue("appropriate");
              sheet.getRow(4).createCell(11).setCellValue("maybe");
            });

    ReturnedWorkbook.Check check = ReturnedWorkbook.check(stored, filled);

    assertThat(check.matches()).isTrue();
    assertThat(ReturnedWorkbook.week(filled)).contains(ReportFixtures.run().isoWeek());
    assertThat(check.decisions())
        .extracting(ReturnedWorkbook.Decision::number, d -> ReturnedWorkbook.code(d.cell()))
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("SR200000", "INAPPROPRIATE"),
            org.assertj.core.groups.Tuple.tuple("SR200001", "APPROPRIATE"),
            org.assertj.core.groups.Tuple.tuple("SR200003", "MAYBE"));
  }

  @Test
  void aWorkbookChangedOutsideTheDecisionsIsRefusedWithWhereItDiffers() throws IOException {
    File stored = stored();
    File altered =
        returned(
            stored,
            sheet -> {
              sheet.getRow(1).createCell(11).setCellValue(ComplianceWorkbook.DECISIONS[1]);
              sheet.getRow(3).getCell(9).setCellValue(0.1);
            });

    ReturnedWorkbook.Check check = ReturnedWorkbook.check(stored, altered);

    assertThat(check.matches()).isFalse();
    assertThat(check.difference()).isEqualTo("Flagged escalations, row 4");
    assertThat(check.decisions()).isEmpty();
  }
}
