package com.vianet.partnersupport.core.user;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Locale;
import javax.sql.DataSource;

/**
 * The way into a new database: one 21Vianet administrator without a password and a one-time link to
 * choose it. Refused once an active administrator exists (they invite the next ones in the portal),
 * so a leaked command line opens nothing on a database in use.
 */
public final class FirstAdministrator {

  /** Why the administrator was not created. */
  public static final class Refused extends Exception {
    private static final long serialVersionUID = 1L;

    Refused(String message) {
      super(message);
    }
  }

  private FirstAdministrator() {}

  /** Creates the administrator and returns the secret of the link that sets their password. */
  public static String create(
      DataSource dataSource, String username, String email, String displayName, Instant now)
      throws SQLException, Refused {
    if (username == null || !username.matches("[A-Za-z0-9._@-]{3,100}")) {
      throw new Refused("The user name must be 3 to 100 letters, digits or . _ @ -");
    }
    if (email == null || !email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+") || email.length() > 254) {
      throw new Refused("The e-mail address is not valid: " + email);
    }
    try (Connection connection = dataSource.getConnection()) {
      return com.vianet.partnersupport.core.config.JdbcTransactions.run(
          connection, () -> create(connection, username, email, displayName, now));
    }
  }

  private static String create(
      Connection connection, String username, String email, String displayName, Instant now)
      throws SQLException, Refused {
    if (count(
            connection,
            "SELECT COUNT(*) FROM app_user u JOIN app_user_role r ON r.user_id = u.id WHERE r.role"
                + " = 'vianet-admin' AND u.active = TRUE AND u.password_hash IS NOT NULL",
            null)
        > 0) {
      throw new Refused(
          "An administrator exists already: they invite further administrators in the portal");
    }
    Long unfinished = unfinishedAdministrator(connection, username);
    if (unfinished != null) {
      // The first link expired unused: a new one for the same administrator.
      return link(connection, unfinished, now);
    }
    if (count(connection, "SELECT COUNT(*) FROM app_user WHERE LOWER(username) = ?", username)
        > 0) {
      throw new Refused("The user name is taken: " + username);
    }
    long userId;
    try (PreparedStatement insert =
        connection.prepareStatement(
            "INSERT INTO app_user (username, display_name, email, partner_id, locale, time_zone,"
                + " active, created_at) VALUES (?, ?, ?, NULL, 'en', 'Asia/Shanghai', TRUE, ?)",
            Statement.RETURN_GENERATED_KEYS)) {
      insert.setString(1, username);
      insert.setString(2, displayName == null || displayName.isBlank() ? username : displayName);
      insert.setString(3, email.toLowerCase(Locale.ROOT));
      insert.setTimestamp(4, Timestamp.from(now));
      insert.executeUpdate();
      try (ResultSet keys = insert.getGeneratedKeys()) {
        keys.next();
        userId = keys.getLong(1);
      }
    }
    try (PreparedStatement role =
        connection.prepareStatement(
            "INSERT INTO app_user_role (user_id, role) VALUES (?, 'vianet-admin')")) {
      role.setLong(1, userId);
      role.executeUpdate();
    }
    try (PreparedStatement event =
        connection.prepareStatement(
            "INSERT INTO account_event (occurred_at, user_id, kind, detail)"
                + " VALUES (?, ?, 'FIRST_ADMIN_CREATED', 'create-admin')")) {
      event.setTimestamp(1, Timestamp.from(now));
      event.setLong(2, userId);
      event.executeUpdate();
    }
    return link(connection, userId, now);
  }

  private static Long unfinishedAdministrator(Connection connection, String username)
      throws SQLException {
    try (PreparedStatement query =
        connection.prepareStatement(
            "SELECT u.id FROM app_user u JOIN app_user_role r ON r.user_id = u.id"
                + " WHERE LOWER(u.username) = ? AND r.role = 'vianet-admin'"
                + " AND u.password_hash IS NULL AND u.oidc_subject IS NULL")) {
      query.setString(1, username.toLowerCase(Locale.ROOT));
      try (ResultSet row = query.executeQuery()) {
        return row.next() ? row.getLong(1) : null;
      }
    }
  }

  private static String link(Connection connection, long userId, Instant now) throws SQLException {
    String token = AccountLinkTokens.generate();
    try (PreparedStatement link =
        connection.prepareStatement(
            "INSERT INTO account_link (user_id, purpose, token_hash, created_at, expires_at)"
                + " VALUES (?, 'FIRST_ADMIN', ?, ?, ?)")) {
      link.setLong(1, userId);
      link.setString(2, AccountLinkTokens.hash(token));
      link.setTimestamp(3, Timestamp.from(now));
      link.setTimestamp(4, Timestamp.from(now.plus(AccountLinkPurpose.FIRST_ADMIN.validFor())));
      link.executeUpdate();
    }
    return token;
  }

  private static long count(Connection connection, String sql, String parameter)
      throws SQLException {
    try (PreparedStatement query = connection.prepareStatement(sql)) {
      if (parameter != null) {
        query.setString(1, parameter.toLowerCase(Locale.ROOT));
      }
      try (ResultSet row = query.executeQuery()) {
        row.next();
        return row.getLong(1);
      }
    }
  }
}
