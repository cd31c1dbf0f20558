package com.vianet.partnersupport.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real spreadsheet program opens both workbooks: LibreOffice (Debian's libreoffice-calc-nogui)
 * converts each to PDF, every sheet, and must succeed. A file it had to repair would not convert.
 */
class LibreOfficeOpensWorkbooksIT {

  @TempDir Path dir;

  @Test
  void managersWorkbookConverts() throws Exception {
    Path xlsx = dir.resolve(ManagersWorkbook.fileName("2026-W47"));
    try (OutputStream out = Files.newOutputStream(xlsx)) {
      ManagersWorkbook.write(
          ReportFixtures.run(), ReportFixtures.weeks(), ReportFixtures.aggregates(), out);
    }
    assertThat(convert(xlsx)).isNotEmptyFile();
  }

  @Test
  void complianceWorkbookConverts() throws Exception {
    Path xlsx = dir.resolve(ComplianceWorkbook.fileName("2026-W47"));
    try (OutputStream out = Files.newOutputStream(xlsx)) {
      ComplianceWorkbook.write(
          ReportFixtures.run(),
          ReportFixtures.flagged(50)::forEach,
          ReportFixtures.plans(),
          List.of("Northwind IT Partners"),
          new RuleQualitySheet.Input(List.of(), List.of()),
          out,
          20);
    }
    assertThat(convert(xlsx)).isNotEmptyFile();
  }

  private Path convert(Path xlsx) throws IOException, InterruptedException {
    Path profile = Files.createDirectories(dir.resolve("lo-profile"));
    Process process =
        new ProcessBuilder(
                System.getProperty("ps.soffice", "soffice"),
                "--headless",
                "--norestore",
                "-env:UserInstallation=" + profile.toUri(),
                "--convert-to",
                "pdf",
                "--outdir",
                dir.toString(),
                xlsx.toString())
            .redirectErrorStream(true)
            .redirectOutput(dir.resolve("soffice.log").toFile())
            .start();
    assertThat(process.waitFor(180, TimeUnit.SECONDS)).as("LibreOffice finished in time").isTrue();
    assertThat(process.exitValue()).as(Files.readString(dir.resolve("soffice.log"))).isZero();
    String name = xlsx.getFileName().toString();
    return dir.resolve(name.substring(0, name.length() - ".xlsx".length()) + ".pdf");
  }
}
