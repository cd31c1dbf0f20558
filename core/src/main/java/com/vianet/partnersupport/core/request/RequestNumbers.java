package com.vianet.partnersupport.core.request;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Request numbers ("SR100001") come from one database sequence, so the portal, the demo data and
 * the bulk generator never hand out the same number, even while they run at the same time.
 */
public final class RequestNumbers {

  private RequestNumbers() {}

  public static String format(long value) {
    return "SR" + value;
  }

  /** Takes {@code count} values from the sequence in one round trip. */
  public static long[] reserve(Connection connection, int count) throws SQLException {
    if (count < 1) {
      throw new IllegalArgumentException("count must be positive");
    }
    boolean postgres = connection.getMetaData().getDatabaseProductName().startsWith("PostgreSQL");
    // Both databases evaluate the sequence once per row, never once per statement.
    String sql =
        postgres
            ? "SELECT nextval('support_request_number_seq') FROM generate_series(1, " + count + ")"
            : "SELECT NEXT VALUE FOR support_request_number_seq FROM SYSTEM_RANGE(1, "
                + count
                + ")";
    long[] values = new long[count];
    try (Statement statement = connection.createStatement();
        ResultSet rs = statement.executeQuery(sql)) {
      int i = 0;
      while (rs.next()) {
        values[i++] = rs.getLong(1);
      }
    }
    return values;
  }
}
