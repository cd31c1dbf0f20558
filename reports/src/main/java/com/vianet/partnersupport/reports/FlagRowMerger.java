package com.vianet.partnersupport.reports;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.function.Consumer;

/** Folds the flag rows of one escalation (ordered by request number) into one report row. */
final class FlagRowMerger {

  private final String portalUrl;
  private final Consumer<FlaggedEscalation> consumer;
  private FlaggedEscalation current;

  FlagRowMerger(String portalUrl, Consumer<FlaggedEscalation> consumer) {
    this.portalUrl = portalUrl;
    this.consumer = consumer;
  }

  void add(ResultSet rs) throws SQLException {
    String number = rs.getString(1);
    String rule = rs.getString(8) + " v" + rs.getInt(9);
    if (current != null && current.number().equals(number)) {
      current =
          new FlaggedEscalation(
              number,
              current.partner(),
              current.customer(),
              current.service(),
              current.category(),
              current.created(),
              current.resolved(),
              current.rules() + "; " + rule,
              current.reasons() + "; " + rs.getString(10),
              current.score() + rs.getDouble(11),
              current.verdict(),
              current.portalUrl());
      return;
    }
    finish();
    current =
        new FlaggedEscalation(
            number,
            rs.getString(2),
            rs.getString(3),
            rs.getString(4),
            rs.getString(5),
            day(rs.getTimestamp(6)),
            day(rs.getTimestamp(7)),
            rule,
            rs.getString(10),
            rs.getDouble(11),
            rs.getString(12),
            portalUrl == null ? null : portalUrl + "requests/detail.xhtml?number=" + number);
  }

  void finish() {
    if (current != null) {
      consumer.accept(current);
      current = null;
    }
  }

  private static LocalDate day(Timestamp timestamp) {
    return timestamp == null ? null : LocalDate.ofInstant(timestamp.toInstant(), IsoWeek.BEIJING);
  }
}
