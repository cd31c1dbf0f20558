package com.vianet.partnersupport.batch.admin;

import static org.assertj.core.api.Assertions.assertThat;

import com.vianet.partnersupport.core.testing.ThrowawayPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** {@code create-admin} as an operator runs it on a new PostgreSQL database: the real jar. */
class CreateAdminCommandIT {

  private static final Path JAR = Path.of("target", "partner-support-batch.jar");

  @Test
  void aNewDatabaseGetsItsFirstAdministratorAndALinkButNoDemo() throws Exception {
    try (ThrowawayPostgres postgres = ThrowawayPostgres.create()) {
      Path home = Files.createTempDirectory(Path.of("target"), "create-admin");
      Result first = run(postgres, home);
      assertThat(first.exitCode()).isZero();
      assertThat(first.output())
          .contains("Administrator ops.admin created")
          .containsPattern(
              "https://support\\.example\\.cn/ps/set-password\\.xhtml\\?token=\\S{43}");
      try (Connection connection = postgres.dataSource().getConnection();
          ResultSet counts =
              connection
                  .createStatement()
                  .executeQuery(
                      "SELECT (SELECT COUNT(*) FROM partner), (SELECT COUNT(*) FROM app_user),"
                          + " (SELECT COUNT(*) FROM account_link WHERE purpose = 'FIRST_ADMIN')")) {
        counts.next();
        assertThat(counts.getLong(1)).as("no demo partners").isZero();
        assertThat(counts.getLong(2)).isEqualTo(1);
        assertThat(counts.getLong(3)).isEqualTo(1);
        // Once the administrator has a password, the command opens nothing any more.
        connection
            .createStatement()
            .executeUpdate(
                "UPDATE app_user SET password_hash = 'set' WHERE username = 'ops.admin'");
      }
      Result second = run(postgres, home);
      assertThat(second.exitCode()).isEqualTo(1);
      assertThat(second.output()).contains("An administrator exists already");
    }
  }

  private record Result(int exitCode, String output) {}

  private static Result run(ThrowawayPostgres postgres, Path home) throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Path log = home.resolve("create-admin-" + System.nanoTime() + ".log");
    Process process =
        new ProcessBuilder(
                java,
                "-Dpartner-support.db.url=" + postgres.settings().url(),
                "-Dpartner-support.db.user=" + postgres.settings().user(),
                "-Dpartner-support.db.password=" + postgres.settings().password(),
                "-Dpartner-support.home=" + home,
                "-Dpartner-support.portal-url=https://support.example.cn/ps",
                "-jar",
                JAR.toString(),
                "create-admin",
                "--username",
                "ops.admin",
                "--email",
                "ops@21vianet.example.cn",
                "--name",
                "Zhou Lan")
            .redirectErrorStream(true)
            .redirectOutput(log.toFile())
            .start();
    assertThat(process.waitFor(2, TimeUnit.MINUTES)).as("the command ends").isTrue();
    return new Result(process.exitValue(), Files.readString(log));
  }
}
