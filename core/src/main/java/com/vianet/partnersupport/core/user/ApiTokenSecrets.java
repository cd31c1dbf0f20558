package com.vianet.partnersupport.core.user;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * API tokens: 256 random bits behind a recognisable prefix, stored only as their SHA-256 (a fast
 * hash suits a random value, so a call pays no password hashing). Used by the portal's profile page
 * and by the batch program's {@code create-api-token}.
 */
public final class ApiTokenSecrets {

  /** Every token starts so, which makes a leaked one easy to recognise in logs and scans. */
  public static final String PREFIX = "psk_";

  private ApiTokenSecrets() {}

  public static String generate() {
    return PREFIX + AccountLinkTokens.generate();
  }

  public static String sha256(String token) {
    return PersonalDataMarks.sha256(token);
  }

  /**
   * Creates a token for an active partner user, acting with the given partner role; returns it (the
   * only time it is seen). Outside the portal: for operators and the load benchmark.
   */
  public static String create(Connection connection, String username, Role role, String name)
      throws SQLException {
    if (!role.isPartnerRole()) {
      throw new IllegalArgumentException("A token acts as partner-admin or partner-agent only");
    }
    long userId;
    long partnerId;
    try (PreparedStatement user =
        connection.prepareStatement(
            "SELECT id, partner_id FROM app_user WHERE username = ? AND active = TRUE"
                + " AND partner_id IS NOT NULL")) {
      user.setString(1, username);
      try (ResultSet row = user.executeQuery()) {
        if (!row.next()) {
          throw new IllegalArgumentException("No active partner user " + username);
        }
        userId = row.getLong(1);
        partnerId = row.getLong(2);
      }
    }
    String token = generate();
    try (PreparedStatement insert =
        connection.prepareStatement(
            "INSERT INTO api_token (partner_id, created_by, name, role, token_hash, created_at)"
                + " VALUES (?, ?, ?, ?, ?, ?)")) {
      insert.setLong(1, partnerId);
      insert.setLong(2, userId);
      insert.setString(3, name);
      insert.setString(4, role.roleName());
      insert.setString(5, sha256(token));
      insert.setObject(6, OffsetDateTime.now(ZoneOffset.UTC));
      insert.executeUpdate();
    }
    return token;
  }
}
