package com.vianet.partnersupport.core.request;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What may be attached to a request: at most five files of at most 10 MB, of the types support can
 * open. The type is decided from the name and checked against the content; the name the browser
 * sent is cleaned before it is stored or offered for download.
 */
public final class AttachmentPolicy {

  public static final int MAX_FILES = 5;
  public static final long MAX_BYTES = 10L * 1024 * 1024;

  /** How much of a file's start the type check reads. */
  public static final int HEAD_BYTES = 8192;

  /** Why a file was refused; the portal turns these into messages from its bundles. */
  public enum Refusal {
    TOO_MANY,
    EMPTY,
    TOO_LARGE,
    TYPE_NOT_ALLOWED,
    CONTENT_DOES_NOT_MATCH_TYPE
  }

  private static final Map<String, String> TYPES =
      Map.ofEntries(
          Map.entry("pdf", "application/pdf"),
          Map.entry("png", "image/png"),
          Map.entry("jpg", "image/jpeg"),
          Map.entry("jpeg", "image/jpeg"),
          Map.entry("gif", "image/gif"),
          Map.entry("txt", "text/plain"),
          Map.entry("log", "text/plain"),
          Map.entry("csv", "text/csv"),
          Map.entry("json", "application/json"),
          Map.entry("xml", "application/xml"),
          Map.entry("har", "application/json"),
          Map.entry("zip", "application/zip"),
          Map.entry(
              "docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
          Map.entry("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
          Map.entry(
              "pptx", "application/vnd.openxmlformats-officedocument.presentationml.presentation"));

  private AttachmentPolicy() {}

  /** The content type to store and serve, decided by us, never by the uploader. */
  public static Optional<String> contentTypeOf(String fileName) {
    int dot = fileName.lastIndexOf('.');
    return dot < 0
        ? Optional.empty()
        : Optional.ofNullable(TYPES.get(fileName.substring(dot + 1).toLowerCase(Locale.ROOT)));
  }

  public static Optional<Refusal> check(String fileName, byte[] content, int filesSoFar) {
    return check(fileName, content, content.length, filesSoFar);
  }

  /**
   * The same check for a file read as a stream: {@code head} is its first bytes (at least {@link
   * #HEAD_BYTES} where it has them), {@code size} its length in bytes.
   */
  public static Optional<Refusal> check(String fileName, byte[] head, long size, int filesSoFar) {
    if (filesSoFar >= MAX_FILES) {
      return Optional.of(Refusal.TOO_MANY);
    }
    if (size == 0) {
      return Optional.of(Refusal.EMPTY);
    }
    if (size > MAX_BYTES) {
      return Optional.of(Refusal.TOO_LARGE);
    }
    Optional<String> type = contentTypeOf(fileName);
    if (type.isEmpty()) {
      return Optional.of(Refusal.TYPE_NOT_ALLOWED);
    }
    return contentMatches(type.get(), head)
        ? Optional.empty()
        : Optional.of(Refusal.CONTENT_DOES_NOT_MATCH_TYPE);
  }

  private static boolean contentMatches(String type, byte[] content) {
    return switch (type) {
      case "application/pdf" -> startsWith(content, "%PDF".getBytes(StandardCharsets.US_ASCII));
      case "image/png" -> startsWith(content, new byte[] {(byte) 0x89, 'P', 'N', 'G'});
      case "image/jpeg" -> startsWith(content, new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF});
      case "image/gif" -> startsWith(content, "GIF8".getBytes(StandardCharsets.US_ASCII));
      case "text/plain", "text/csv", "application/json", "application/xml" -> isText(content);
      // zip and the Office formats, which are zip files
      default -> startsWith(content, new byte[] {'P', 'K', 3, 4});
    };
  }

  private static boolean startsWith(byte[] content, byte[] prefix) {
    return content.length >= prefix.length
        && Arrays.equals(content, 0, prefix.length, prefix, 0, prefix.length);
  }

  private static boolean isText(byte[] content) {
    for (int i = 0; i < Math.min(content.length, HEAD_BYTES); i++) {
      if (content[i] == 0) {
        return false;
      }
    }
    return true;
  }

  /**
   * A name that is safe to store and to put in a download header: no folders, no control or
   * reserved characters, at most 255 characters with the extension kept.
   */
  public static String sanitiseFileName(String submitted) {
    String name = submitted == null ? "" : submitted;
    name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
    name = Normalizer.normalize(name, Normalizer.Form.NFC);
    // Control and format characters: U+202E and the other bidirectional overrides would make
    // "invoice\u202Efdp.exe" read as "invoiceexe.pdf"; zero-width marks hide in names too.
    name = name.replaceAll("[\\p{Cntrl}\\p{Cf}<>:\"|?*;]", "_").replaceAll("\\s+", " ").strip();
    name = name.replaceAll("^[.\\s]+", "").replaceAll("[.\\s]+$", "");
    if (name.isEmpty()) {
      return "attachment";
    }
    if (name.length() > 255) {
      int dot = name.lastIndexOf('.');
      String extension = dot > 0 && name.length() - dot <= 10 ? name.substring(dot) : "";
      name = name.substring(0, 255 - extension.length()) + extension;
    }
    return name;
  }
}
