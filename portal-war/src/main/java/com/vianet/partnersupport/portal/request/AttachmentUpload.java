package com.vianet.partnersupport.portal.request;

import com.vianet.partnersupport.core.request.AttachmentPolicy;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.primefaces.model.file.UploadedFile;
import org.primefaces.model.file.UploadedFiles;

/**
 * A file as received: streamed into a temporary file (never held whole in memory), refused as soon
 * as it passes the limit, checked against {@link AttachmentPolicy} and renamed safely. The caller
 * discards it once the request is stored (or refused).
 */
public record AttachmentUpload(String fileName, String contentType, Path file, long size) {

  /** Every file a form uploaded (skipping the empty slot of an unused file input), checked. */
  public static List<AttachmentUpload> acceptAll(UploadedFiles files) {
    List<AttachmentUpload> uploads = new ArrayList<>();
    if (files == null) {
      return uploads;
    }
    try {
      for (UploadedFile file : files.getFiles()) {
        if (file.getSize() > 0 || !file.getFileName().isBlank()) {
          try (InputStream in = file.getInputStream()) {
            uploads.add(accept(file.getFileName(), in, uploads.size()));
          }
        }
      }
      return uploads;
    } catch (IOException e) {
      discardAll(uploads);
      throw new UncheckedIOException("Cannot read an uploaded file", e);
    } catch (RuntimeException e) {
      discardAll(uploads);
      throw e;
    }
  }

  /** Checks a file held in memory (scripts' and tests' small files). */
  public static AttachmentUpload accept(String submittedName, byte[] content, int filesSoFar) {
    try {
      return accept(submittedName, new ByteArrayInputStream(content), filesSoFar);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Streams the file to a temporary file, reading at most one byte past the limit, then checks it;
   * refuses it with a message key when it may not be kept.
   */
  public static AttachmentUpload accept(String submittedName, InputStream in, int filesSoFar)
      throws IOException {
    String name = AttachmentPolicy.sanitiseFileName(submittedName);
    if (filesSoFar >= AttachmentPolicy.MAX_FILES) {
      throw refusal(AttachmentPolicy.Refusal.TOO_MANY, name);
    }
    Path file = Files.createTempFile("partner-support-upload-", ".part");
    try {
      long size;
      try (OutputStream out = Files.newOutputStream(file)) {
        size = in.transferTo(new Limited(out, AttachmentPolicy.MAX_BYTES + 1));
      } catch (Limited.Exceeded e) {
        size = AttachmentPolicy.MAX_BYTES + 1;
      }
      byte[] head = head(file);
      var refused = AttachmentPolicy.check(name, head, size, filesSoFar);
      if (refused.isPresent()) {
        throw refusal(refused.get(), name);
      }
      return new AttachmentUpload(
          name, AttachmentPolicy.contentTypeOf(name).orElseThrow(), file, size);
    } catch (IOException | RuntimeException e) {
      Files.deleteIfExists(file);
      throw e;
    }
  }

  public InputStream open() throws IOException {
    return Files.newInputStream(file);
  }

  /** Removes the temporary file; the stored request keeps its own copy. */
  public void discard() {
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      // The temporary folder is cleaned by the system in the end; nothing is lost.
    }
  }

  public static void discardAll(List<AttachmentUpload> uploads) {
    uploads.forEach(AttachmentUpload::discard);
  }

  private static byte[] head(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      byte[] head = in.readNBytes(AttachmentPolicy.HEAD_BYTES);
      return Arrays.copyOf(head, head.length);
    }
  }

  private static RequestRejectedException refusal(AttachmentPolicy.Refusal refusal, String name) {
    return new RequestRejectedException(
        "attachment." + refusal.name(),
        name,
        AttachmentPolicy.MAX_FILES,
        AttachmentPolicy.MAX_BYTES / (1024 * 1024));
  }

  /** Stops a copy as soon as more than the limit has been written. */
  private static final class Limited extends OutputStream {

    static final class Exceeded extends IOException {
      private static final long serialVersionUID = 1L;
    }

    private final OutputStream out;
    private final long limit;
    private long written;

    Limited(OutputStream out, long limit) {
      this.out = out;
      this.limit = limit;
    }

    @Override
    public void write(int b) throws IOException {
      write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      int allowed = (int) Math.min(len, limit - written);
      out.write(b, off, allowed);
      written += allowed;
      if (allowed < len) {
        throw new Exceeded();
      }
    }
  }
}
