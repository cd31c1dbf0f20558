package com.vianet.partnersupport.portal.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vianet.partnersupport.core.request.AttachmentPolicy;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;

class AttachmentUploadTest {

  /** 50 MB of a PDF that is never held in memory, counting how much of it is read. */
  private static final class HugePdf extends InputStream {
    long read;

    @Override
    public int read() {
      return read(new byte[1], 0, 1) < 0 ? -1 : 0;
    }

    @Override
    public int read(byte[] b, int off, int len) {
      if (read >= 50L * 1024 * 1024) {
        return -1;
      }
      if (read == 0) {
        byte[] magic = "%PDF-1.7".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(magic, 0, b, off, Math.min(len, magic.length));
      }
      read += len;
      return len;
    }
  }

  @Test
  void anOversizedFileIsRefusedAsSoonAsItPassesTheLimitAndLeavesNothingBehind() {
    HugePdf huge = new HugePdf();
    assertThatThrownBy(() -> AttachmentUpload.accept("scan.pdf", huge, 0))
        .isInstanceOfSatisfying(
            RequestRejectedException.class,
            e -> assertThat(e.messageKey()).isEqualTo("attachment.TOO_LARGE"));
    assertThat(huge.read).isLessThan(AttachmentPolicy.MAX_BYTES + 64 * 1024);
  }

  @Test
  void anAcceptedFileIsStreamedToATemporaryFileUntilDiscarded() throws IOException {
    AttachmentUpload upload =
        AttachmentUpload.accept(
            "C:\\logs\\trace\u202Etxt.log", "error 42".getBytes(StandardCharsets.UTF_8), 0);
    assertThat(upload.fileName()).isEqualTo("trace_txt.log");
    assertThat(upload.size()).isEqualTo(8);
    assertThat(Files.readString(upload.file())).isEqualTo("error 42");
    upload.discard();
    assertThat(upload.file()).doesNotExist();
  }
}
