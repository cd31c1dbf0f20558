package com.vianet.partnersupport.batch.review;

import com.vianet.partnersupport.core.review.Flag;
import com.vianet.partnersupport.core.schema.SchemaMigration;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Stores flags once: a flag that exists for the escalation, rule and version is left alone, so a
 * rerun or a restarted chunk adds nothing twice (the unique key backs this up).
 */
public class FlagWriter implements ItemWriter<List<Flag>> {

  private static final String INSERT =
      """
      INSERT INTO escalation_flag (request_id, rule_id, rule_version, score, reason, business_date, created_at)
      SELECT ?, ?, ?, ?, ?, ?, ? FROM (VALUES (1)) AS one (x)
      WHERE NOT EXISTS (SELECT 1 FROM escalation_flag f WHERE f.request_id = ? AND f.rule_id = ? AND f.rule_version = ?)
      """;

  // PostgreSQL: a plain INSERT the driver rewrites into multi-row statements, the unique key
  // skipping what exists; several times faster than one NOT EXISTS probe per flag.
  private static final String INSERT_POSTGRES =
      """
      INSERT INTO escalation_flag (request_id, rule_id, rule_version, score, reason, business_date, created_at)
      VALUES (?, ?, ?, ?, ?, ?, ?)
      ON CONFLICT (request_id, rule_id, rule_version) DO NOTHING
      """;

  private final JdbcTemplate jdbc;
  private final LocalDate businessDate;
  private final boolean postgres;

  public FlagWriter(JdbcTemplate jdbc, LocalDate businessDate) {
    this.jdbc = jdbc;
    this.businessDate = businessDate;
    this.postgres = "postgresql".equals(SchemaMigration.vendor(jdbc.getDataSource()));
  }

  @Override
  public void write(Chunk<? extends List<Flag>> chunk) {
    List<Flag> flags =
        chunk.getItems().stream().flatMap(List::stream).map(Flag.class::cast).toList();
    Timestamp now = Timestamp.from(Instant.now());
    jdbc.batchUpdate(
        postgres ? INSERT_POSTGRES : INSERT,
        flags,
        1_000,
        (ps, f) -> {
          ps.setLong(1, f.requestId());
          ps.setString(2, f.ruleId());
          ps.setInt(3, f.ruleVersion());
          ps.setDouble(4, f.score());
          ps.setString(5, f.reason().length() > 1000 ? f.reason().substring(0, 1000) : f.reason());
          ps.setDate(6, Date.valueOf(businessDate));
          ps.setTimestamp(7, now);
          if (!postgres) {
            ps.setLong(8, f.requestId());
            ps.setString(9, f.ruleId());
            ps.setInt(10, f.ruleVersion());
          }
        });
  }
}
