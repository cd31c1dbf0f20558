package com.vianet.partnersupport.core.config;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * The embedded H2 database is opened with {@code AUTO_SERVER=TRUE} so the batch program can share
 * it with the running portal: H2 then listens on a TCP port and writes that port and a key into its
 * lock file. Whoever reaches the port with the key reads every table, {@code app_user} included, so
 * the port listens on loopback only and the database folder is its owner's alone.
 */
final class EmbeddedDatabaseFiles {

  private static final String BIND_ADDRESS = "h2.bindAddress";

  private EmbeddedDatabaseFiles() {}

  static void keepPrivate(String url) {
    // Read once by H2 when it first opens a server socket; an operator may still choose another.
    if (System.getProperty(BIND_ADDRESS) == null) {
      System.setProperty(BIND_ADDRESS, "127.0.0.1");
    }
    if (url.startsWith("jdbc:h2:file:")) {
      String file = url.substring("jdbc:h2:file:".length()).split(";", 2)[0];
      Path folder = Path.of(file).toAbsolutePath().getParent();
      if (folder != null) {
        ownerOnly(folder);
      }
    }
  }

  private static void ownerOnly(Path folder) {
    try {
      Files.createDirectories(folder);
      if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwx------"));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot make the database folder " + folder + " private", e);
    }
  }
}
