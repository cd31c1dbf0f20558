package com.vianet.partnersupport.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.vianet.partnersupport.core.testing.Sql;
import com.vianet.partnersupport.core.testing.ThrowawayPostgres;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The cluster as {@code ./mvnw -Pcluster package} starts it (ear/src/cluster/cluster.sh): two
 * Payara instances of a deployment group with replicated sessions, behind HAProxy, on a PostgreSQL
 * database of its own; runs after the single-server tests, their domain stopped.
 */
class ClusterIT {

  private static final Path TARGET = Path.of(System.getProperty("build.directory", "target"));
  private static final String URL = "http://localhost:28080/partner-support/";
  private static ThrowawayPostgres database;

  @BeforeAll
  static void startTheCluster() throws Exception {
    TestProviders.start();
    database = ThrowawayPostgres.create();
    Path home = Files.createTempDirectory("ps-cluster-home");
    ProcessBuilder start =
        new ProcessBuilder(
                "bash",
                "src/cluster/cluster.sh",
                "start",
                TARGET.resolve("partner-support.ear").toString())
            .redirectErrorStream(true)
            .redirectOutput(TARGET.resolve("cluster-start.log").toFile());
    start
        .environment()
        .putAll(
            Map.of(
                "PARTNER_SUPPORT_DB_URL",
                database.settings().url(),
                "PARTNER_SUPPORT_DB_USER",
                database.settings().user(),
                "PARTNER_SUPPORT_DB_PASSWORD",
                database.settings().password(),
                "PARTNER_SUPPORT_DEMO_DATA",
                "true",
                "PARTNER_SUPPORT_HOME",
                home.toString(),
                "PARTNER_SUPPORT_SMTP_HOST",
                "127.0.0.1",
                "PARTNER_SUPPORT_SMTP_PORT",
                "18025",
                "TZ",
                "UTC"));
    Process starting = start.start();
    assertThat(starting.waitFor(10, TimeUnit.MINUTES)).as("the cluster starts").isTrue();
    assertThat(starting.exitValue()).as("see target/cluster-start.log").isZero();
  }

  @AfterAll
  static void stopTheCluster() throws Exception {
    // Its output to a file: a process that inherited the test's output would keep Maven waiting.
    Process stopping =
        new ProcessBuilder("bash", "src/cluster/cluster.sh", "stop")
            .redirectErrorStream(true)
            .redirectOutput(TARGET.resolve("cluster-stop.log").toFile())
            .start();
    if (!stopping.waitFor(4, TimeUnit.MINUTES)) {
      stopping.destroyForcibly();
    }
    if (database != null) {
      database.close();
    }
  }

  @Test
  void theOutboxWithBothInstancesSendsEachMailOnce() throws Exception {
    String batch = UUID.randomUUID().toString().substring(0, 8);
    for (int i = 0; i < 20; i++) {
      Sql.update(
          database.dataSource(),
          "INSERT INTO notification (recipient, subject, body, created_at, attempts) VALUES"
              + " ('ops@example.cn', 'Cluster "
              + batch
              + " #"
              + i
              + "', 'Once.', CURRENT_TIMESTAMP, 0)");
    }
    // Both instances' minute retries take the outbox at the same moment.
    long deadline = System.currentTimeMillis() + 150_000;
    while (System.currentTimeMillis() < deadline
        && Sql.count(
                database.dataSource(),
                "SELECT COUNT(*) FROM notification WHERE sent_at IS NULL AND subject LIKE 'Cluster "
                    + batch
                    + "%'")
            > 0) {
      Thread.sleep(1_000);
    }
    Thread.sleep(2_000);
    assertThat(
            TestProviders.mailSubjects().stream()
                .filter(subject -> subject.startsWith("Cluster " + batch))
                .toList())
        .hasSize(20)
        .doesNotHaveDuplicates();
  }

  @Test
  void aHalfFilledFormSubmitsOnceAfterItsInstanceIsKilled() throws Exception {
    String title = "Failover " + UUID.randomUUID().toString().substring(0, 8);
    try (Browser partner = new Browser(URL)) {
      partner.open("login.xhtml");
      partner.clickAndWaitForPage("language-form:language-en");
      partner.signIn("contoso.admin", "Demo#2026");
      partner.open("requests/new.xhtml");
      partner.selectByLabel("request-form:category", "Billing");
      partner.waitForOption("request-form:problem-type", "Payment not applied");
      partner.selectByLabel("request-form:problem-type", "Payment not applied");
      partner.type("request-form:title", title);
      partner.type("request-form:description", "Started on one instance, sent to the other.");
      partner.clickRadio("request-form:severity:1");

      String serving = partner.cookie("PS_INSTANCE");
      assertThat(serving).isIn("ps-1", "ps-2");
      kill(serving);

      partner.clickAndWaitForPage("request-form:submit");
      assertThat(partner.currentUrl())
          .as(
              "after the submit: %s",
              partner.pageSource().replaceAll("(?s)<script.*?</script>", ""))
          .contains("/requests/detail.xhtml");
      assertThat(partner.text("request-number")).startsWith("SR");
      assertThat(partner.cookie("PS_INSTANCE")).as("now served by the other").isNotEqualTo(serving);
    }
    assertThat(
            Sql.count(
                database.dataSource(),
                "SELECT COUNT(*) FROM support_request WHERE title = '" + title + "'"))
        .as("saved exactly once")
        .isEqualTo(1);
  }

  /** SIGKILL to the instance's JVM, as a machine failure would stop it. */
  private static void kill(String instance) throws Exception {
    File pid =
        TARGET
            .resolve("payara6/glassfish/nodes/localhost-ps-cluster/" + instance + "/config/pid")
            .toFile();
    long process = Long.parseLong(Files.readString(pid.toPath()).strip());
    ProcessHandle handle = ProcessHandle.of(process).orElseThrow();
    handle.destroyForcibly();
    handle.onExit().get(30, TimeUnit.SECONDS);
  }
}
