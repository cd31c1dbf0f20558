package com.vianet.partnersupport.core.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsTest {

  @TempDir Path home;

  private Properties systemProperties() {
    Properties properties = new Properties();
    properties.setProperty("user.home", home.toString());
    return properties;
  }

  @Test
  void defaultsToAnEmbeddedH2FileInTheHomeFolderThatASecondProcessCanOpen() {
    DatabaseSettings db = DatabaseSettings.from(new Settings(Map.of(), systemProperties()));
    assertThat(db.url())
        .startsWith("jdbc:h2:file:" + home.resolve(".partner-support").resolve("data"))
        .endsWith(";AUTO_SERVER=TRUE");
    assertThat(db.isH2()).isTrue();
    assertThat(db.user()).isEqualTo("sa");
  }

  @Test
  void environmentVariableSwitchesToPostgres() {
    Settings settings =
        new Settings(
            Map.of(
                "PARTNER_SUPPORT_DB_URL",
                "jdbc:postgresql://db:5432/ps",
                "PARTNER_SUPPORT_DB_USER",
                "ps"),
            systemProperties());
    DatabaseSettings db = DatabaseSettings.from(settings);
    assertThat(db.isPostgres()).isTrue();
    assertThat(db.user()).isEqualTo("ps");
  }

  @Test
  void systemPropertyWinsOverEnvironmentWhichWinsOverTheFile() throws IOException {
    Path psHome = home.resolve("ps");
    Files.createDirectories(psHome);
    Files.writeString(
        psHome.resolve("partner-support.properties"),
        "db.url=jdbc:h2:mem:file\ndb.user=fromfile\n");
    Properties props = systemProperties();
    Map<String, String> env =
        Map.of(
            "PARTNER_SUPPORT_HOME", psHome.toString(), "PARTNER_SUPPORT_DB_URL", "jdbc:h2:mem:env");
    assertThat(new Settings(env, props).get("db.url")).contains("jdbc:h2:mem:env");
    assertThat(new Settings(env, props).get("db.user")).contains("fromfile");
    props.setProperty("partner-support.db.url", "jdbc:h2:mem:prop");
    assertThat(new Settings(env, props).get("db.url")).contains("jdbc:h2:mem:prop");
  }

  @Test
  void passwordIsNeverPrinted() {
    assertThat(new DatabaseSettings("jdbc:h2:mem:x", "sa", "s3cret").toString())
        .doesNotContain("s3cret");
  }

  @Test
  void environmentNamesFollowTheKey() {
    assertThat(Settings.environmentName("db.url")).isEqualTo("PARTNER_SUPPORT_DB_URL");
    assertThat(Settings.environmentName("demo-data")).isEqualTo("PARTNER_SUPPORT_DEMO_DATA");
  }

  @Test
  void h2OpensInTheModeEclipseLinkNeedsUnlessTheUrlNamesOne() {
    assertThat(ConfiguredDataSource.withLegacyMode("jdbc:h2:file:/x;AUTO_SERVER=TRUE"))
        .isEqualTo("jdbc:h2:file:/x;AUTO_SERVER=TRUE;MODE=LEGACY");
    assertThat(ConfiguredDataSource.withLegacyMode("jdbc:h2:mem:x;MODE=PostgreSQL"))
        .isEqualTo("jdbc:h2:mem:x;MODE=PostgreSQL");
  }

  @Test
  void theDemoGoesIntoTheEmbeddedDefaultOnlyUnlessAskedForExplicitly() {
    assertThat(DatabaseSettings.wantsDemoData(new Settings(Map.of(), systemProperties()))).isTrue();
    Map<String, String> postgres = Map.of("PARTNER_SUPPORT_DB_URL", "jdbc:postgresql://db/ps");
    assertThat(DatabaseSettings.wantsDemoData(new Settings(postgres, systemProperties())))
        .isFalse();
    Map<String, String> asked =
        Map.of(
            "PARTNER_SUPPORT_DB_URL",
            "jdbc:postgresql://db/ps",
            "PARTNER_SUPPORT_DEMO_DATA",
            "true");
    assertThat(DatabaseSettings.wantsDemoData(new Settings(asked, systemProperties()))).isTrue();
    Map<String, String> refused = Map.of("PARTNER_SUPPORT_DEMO_DATA", "false");
    assertThat(DatabaseSettings.wantsDemoData(new Settings(refused, systemProperties()))).isFalse();
  }
}
