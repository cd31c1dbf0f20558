package com.vianet.partnersupport.core.config;

/**
 * Where the database is. By default an H2 file database in the home folder, opened with AUTO_SERVER
 * so that the batch job can use it while the portal runs; PostgreSQL by setting {@code db.url} (and
 * {@code db.user}, {@code db.password}).
 */
public record DatabaseSettings(String url, String user, String password, boolean embeddedDefault) {

  public DatabaseSettings(String url, String user, String password) {
    this(url, user, password, false);
  }

  public static DatabaseSettings from(Settings settings) {
    String defaultUrl =
        "jdbc:h2:file:"
            + settings
                .home()
                .resolve("data")
                .resolve("partner-support")
                .toString()
                .replace('\\', '/')
            + ";AUTO_SERVER=TRUE";
    String url = settings.get("db.url", defaultUrl);
    String defaultUser = isH2(url) ? "sa" : "";
    return new DatabaseSettings(
        url,
        settings.get("db.user", defaultUser),
        settings.get("db.password", ""),
        settings.get("db.url").isEmpty());
  }

  /**
   * Whether an empty database gets the demo (eight accounts with a published password, staff
   * included): when {@code demo-data} says so explicitly, otherwise only the embedded default
   * database, never a configured one such as production's PostgreSQL.
   */
  public static boolean wantsDemoData(Settings settings) {
    return settings
        .get("demo-data")
        .map(v -> Boolean.parseBoolean(v.trim()))
        .orElseGet(() -> from(settings).embeddedDefault());
  }

  public boolean isH2() {
    return isH2(url);
  }

  public boolean isPostgres() {
    return url.startsWith("jdbc:postgresql:");
  }

  private static boolean isH2(String url) {
    return url.startsWith("jdbc:h2:");
  }

  /** Never print the password. */
  @Override
  public String toString() {
    return "DatabaseSettings[url=" + url + ", user=" + user + "]";
  }
}
