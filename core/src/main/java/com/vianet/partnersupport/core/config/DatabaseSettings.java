package com.vianet.partnersupport.core.config;

/**
 * Where the database is. By default an H2 file database in the home folder, opened with AUTO_SERVER
 * so that the batch job can use it while the portal runs; PostgreSQL by setting {@code db.url} (and
 * {@code db.user}, {@code db.password}).
 */
public record DatabaseSettings(String url, String user, String password) {

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
        url, settings.get("db.user", defaultUser), settings.get("db.password", ""));
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
