package com.vianet.partnersupport.core.config;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * The product's settings, read the same way by the portal and the batch job. A key such as {@code
 * db.url} is looked up, first match wins, as the system property {@code partner-support.db.url},
 * the environment variable {@code PARTNER_SUPPORT_DB_URL}, then {@code db.url} in {@code
 * partner-support.properties} inside the home folder.
 *
 * <p>The home folder is {@code PARTNER_SUPPORT_HOME} (or {@code partner-support.home}), by default
 * {@code ~/.partner-support}; the embedded database lives there too.
 */
public final class Settings {

  private final Map<String, String> environment;
  private final Properties systemProperties;
  private final Path home;
  private final Properties file;

  Settings(Map<String, String> environment, Properties systemProperties) {
    this.environment = environment;
    this.systemProperties = systemProperties;
    this.home = resolveHome();
    this.file = readFile(home.resolve("partner-support.properties"));
  }

  public static Settings fromEnvironment() {
    return new Settings(System.getenv(), System.getProperties());
  }

  /**
   * Settings given as values (keys as in the settings file) with a home folder of their own, for a
   * program or a test that configures the product without touching the JVM's system properties.
   */
  public static Settings of(Path home, Map<String, String> values) {
    Properties given = new Properties();
    given.setProperty("partner-support.home", home.toString());
    values.forEach((key, value) -> given.setProperty("partner-support." + key, value));
    return new Settings(Map.of(), given);
  }

  public Path home() {
    return home;
  }

  public Optional<String> get(String key) {
    String fromProperty = systemProperties.getProperty("partner-support." + key);
    if (fromProperty != null) {
      return Optional.of(fromProperty);
    }
    String fromEnvironment = environment.get(environmentName(key));
    if (fromEnvironment != null) {
      return Optional.of(fromEnvironment);
    }
    return Optional.ofNullable(file.getProperty(key));
  }

  public String get(String key, String defaultValue) {
    return get(key).orElse(defaultValue);
  }

  /**
   * The portal's public address ({@code portal-url}), ending in a slash: links in mails and
   * workbooks, one-time links and the OpenID redirect are built on it, never on a request's Host.
   */
  public String portalUrl() {
    String url = get("portal-url", "http://localhost:8080/partner-support/");
    return url.endsWith("/") ? url : url + "/";
  }

  public boolean flag(String key, boolean defaultValue) {
    return get(key).map(v -> Boolean.parseBoolean(v.trim())).orElse(defaultValue);
  }

  static String environmentName(String key) {
    return "PARTNER_SUPPORT_" + key.toUpperCase().replaceAll("[^A-Z0-9]", "_");
  }

  private Path resolveHome() {
    String configured = systemProperties.getProperty("partner-support.home");
    if (configured == null) {
      configured = environment.get("PARTNER_SUPPORT_HOME");
    }
    if (configured == null) {
      configured =
          Path.of(systemProperties.getProperty("user.home"), ".partner-support").toString();
    }
    return Path.of(configured).toAbsolutePath();
  }

  private static Properties readFile(Path path) {
    Properties properties = new Properties();
    if (Files.isRegularFile(path)) {
      try (InputStream in = Files.newInputStream(path)) {
        properties.load(in);
      } catch (IOException e) {
        throw new UncheckedIOException("Cannot read settings file " + path, e);
      }
    }
    return properties;
  }
}
