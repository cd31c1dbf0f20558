package com.vianet.partnersupport.core.request;

import static org.assertj.core.api.Assertions.assertThat;

import com.vianet.partnersupport.core.request.AttachmentPolicy.Refusal;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class AttachmentPolicyTest {

  private static final byte[] PDF = "%PDF-1.7 ...".getBytes(StandardCharsets.US_ASCII);

  @Test
  void acceptsAPdfUnderTheLimit() {
    assertThat(AttachmentPolicy.check("trace.pdf", PDF, 0)).isEmpty();
    assertThat(AttachmentPolicy.contentTypeOf("Trace.PDF")).contains("application/pdf");
  }

  @Test
  void refusesASixthFile() {
    assertThat(AttachmentPolicy.check("trace.pdf", PDF, 5)).contains(Refusal.TOO_MANY);
  }

  @Test
  void refusesAFileOverTenMegabytes() {
    byte[] big = new byte[(int) AttachmentPolicy.MAX_BYTES + 1];
    System.arraycopy(PDF, 0, big, 0, PDF.length);
    assertThat(AttachmentPolicy.check("big.pdf", big, 0)).contains(Refusal.TOO_LARGE);
  }

  @Test
  void refusesExecutablesAndFilesWhoseContentIsNotTheirType() {
    assertThat(AttachmentPolicy.check("setup.exe", new byte[] {'M', 'Z'}, 0))
        .contains(Refusal.TYPE_NOT_ALLOWED);
    assertThat(AttachmentPolicy.check("noextension", PDF, 0)).contains(Refusal.TYPE_NOT_ALLOWED);
    assertThat(AttachmentPolicy.check("invoice.pdf", new byte[] {'M', 'Z', 0}, 0))
        .contains(Refusal.CONTENT_DOES_NOT_MATCH_TYPE);
    assertThat(AttachmentPolicy.check("notes.txt", new byte[] {'a', 0, 'b'}, 0))
        .contains(Refusal.CONTENT_DOES_NOT_MATCH_TYPE);
    assertThat(AttachmentPolicy.check("empty.txt", new byte[0], 0)).contains(Refusal.EMPTY);
  }

  @Test
  void fileNamesLoseFoldersControlAndReservedCharacters() {
    assertThat(AttachmentPolicy.sanitiseFileName("../../etc/passwd")).isEqualTo("passwd");
    assertThat(AttachmentPolicy.sanitiseFileName("C:\\Users\\li\\report.pdf"))
        .isEqualTo("report.pdf");
    assertThat(AttachmentPolicy.sanitiseFileName("a\r\nb<script>.txt"))
        .isEqualTo("a__b_script_.txt");
    assertThat(AttachmentPolicy.sanitiseFileName("  ..hidden  ")).isEqualTo("hidden");
    assertThat(AttachmentPolicy.sanitiseFileName("")).isEqualTo("attachment");
    assertThat(AttachmentPolicy.sanitiseFileName("invoice\u202Efdp.exe"))
        .isEqualTo("invoice_fdp.exe");
    assertThat(AttachmentPolicy.sanitiseFileName("log\u200B.txt")).isEqualTo("log_.txt");
    assertThat(AttachmentPolicy.sanitiseFileName("报告 2026.pdf")).isEqualTo("报告 2026.pdf");
    String longName = "x".repeat(300) + ".xlsx";
    assertThat(AttachmentPolicy.sanitiseFileName(longName)).hasSize(255).endsWith(".xlsx");
  }
}
