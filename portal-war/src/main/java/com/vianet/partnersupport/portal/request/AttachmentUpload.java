package com.vianet.partnersupport.portal.request;

import com.vianet.partnersupport.core.request.AttachmentPolicy;

/** A file as received, already checked against {@link AttachmentPolicy} and renamed safely. */
public record AttachmentUpload(String fileName, String contentType, byte[] content) {

  /** Every file a form uploaded (skipping the empty slot of an unused file input), checked. */
  public static java.util.List<AttachmentUpload> acceptAll(
      org.primefaces.model.file.UploadedFiles files) {
    java.util.List<AttachmentUpload> uploads = new java.util.ArrayList<>();
    if (files != null) {
      for (org.primefaces.model.file.UploadedFile file : files.getFiles()) {
        if (file.getSize() > 0 || !file.getFileName().isBlank()) {
          uploads.add(accept(file.getFileName(), file.getContent(), uploads.size()));
        }
      }
    }
    return uploads;
  }

  /** Checks the file and cleans its name; refuses it with a message key when it may not be kept. */
  public static AttachmentUpload accept(String submittedName, byte[] content, int filesSoFar) {
    String name = AttachmentPolicy.sanitiseFileName(submittedName);
    AttachmentPolicy.check(name, content, filesSoFar)
        .ifPresent(
            refusal -> {
              throw new RequestRejectedException(
                  "attachment." + refusal.name(),
                  name,
                  AttachmentPolicy.MAX_FILES,
                  AttachmentPolicy.MAX_BYTES / (1024 * 1024));
            });
    return new AttachmentUpload(name, AttachmentPolicy.contentTypeOf(name).orElseThrow(), content);
  }
}
