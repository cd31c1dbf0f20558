package com.vianet.partnersupport.batch.review;

import com.vianet.partnersupport.core.testing.ThrowawayPostgres;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The batch program as users run it: the shaded jar in a JVM of its own, on a test database. */
final class BatchJar {

  private static final Path JAR = Path.of("target", "partner-support-batch.jar");

  private BatchJar() {}

  /**
   * Starts {@code command} with these settings; its output goes to {@code <home>/<command>-*.log}.
   */
  static Process start(
      ThrowawayPostgres postgres, Path home, Map<String, String> settings, String... command)
      throws Exception {
    List<String> line =
        new ArrayList<>(
            List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m",
                "-Dpartner-support.db.url=" + postgres.settings().url(),
                "-Dpartner-support.db.user=" + postgres.settings().user(),
                "-Dpartner-support.db.password=" + postgres.settings().password(),
                "-Dpartner-support.home=" + home));
    settings.forEach((key, value) -> line.add("-Dpartner-support." + key + "=" + value));
    line.add("-jar");
    line.add(JAR.toString());
    line.addAll(List.of(command));
    return new ProcessBuilder(line)
        .redirectErrorStream(true)
        .redirectOutput(home.resolve(command[0] + "-" + System.nanoTime() + ".log").toFile())
        .start();
  }
}
