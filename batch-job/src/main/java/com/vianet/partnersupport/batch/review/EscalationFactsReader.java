package com.vianet.partnersupport.batch.review;

import com.vianet.partnersupport.core.request.RequestCategory;
import com.vianet.partnersupport.core.request.Resolution;
import com.vianet.partnersupport.core.review.EscalationFacts;
import java.sql.Timestamp;
import java.time.Instant;
import javax.sql.DataSource;
import org.springframework.batch.infrastructure.item.database.JdbcCursorItemReader;

/**
 * Streams the escalations created, changed or resolved on the business date, with everything the
 * rules need, in one cursor: nothing is held in memory but the current chunk.
 */
public final class EscalationFactsReader {

  private static final String SQL =
      """
      SELECT r.id, r.request_number, r.category, p.name AS problem_type_name, j.steps_tried,
          CASE WHEN j.lacks_training OR j.lacks_documentation OR j.lacks_tools THEN 1 ELSE 0 END AS any_blocker,
          CASE WHEN j.evidence IS NOT NULL AND TRIM(j.evidence) <> '' THEN 1 ELSE 0 END AS evidence_given,
          (SELECT COUNT(*) FROM request_attachment f WHERE f.request_id = r.id) AS attachments,
          (SELECT MIN(f.file_name) FROM request_attachment f WHERE f.request_id = r.id) AS first_attachment,
          (SELECT COUNT(*) FROM self_help_article a
              WHERE a.problem_type_id = r.problem_type_id AND a.active = TRUE) AS self_help,
          (SELECT COUNT(*) FROM support_request e
              WHERE e.customer_id = r.customer_id AND e.kind = 'ESCALATION' AND e.service_id = r.service_id
                AND e.problem_type_id = r.problem_type_id AND e.id <> r.id
                AND e.created_at < r.created_at AND e.created_at >= r.created_at - INTERVAL '%d' DAY) AS earlier_same,
          COALESCE(same.escalations - 1, 0) AS same_steps,
          r.resolution,
          (EXTRACT(EPOCH FROM r.resolved_at) - EXTRACT(EPOCH FROM r.created_at)) / 3600.0 AS resolution_hours,
          v.verdict
      FROM support_request r
      LEFT JOIN problem_type p ON p.id = r.problem_type_id
      LEFT JOIN escalation_justification j ON j.request_id = r.id
      LEFT JOIN escalation_effective_verdict v ON v.request_id = r.id
      -- How often each partner pasted each text, counted once for the partition, not once per row.
      LEFT JOIN (SELECT e2.partner_id, j2.steps_tried, COUNT(*) AS escalations
              FROM escalation_justification j2 JOIN support_request e2 ON e2.id = j2.request_id
              WHERE MOD(e2.partner_id, ?) = ?
              GROUP BY e2.partner_id, j2.steps_tried) same
          ON same.partner_id = r.partner_id AND same.steps_tried = j.steps_tried
      WHERE r.kind = 'ESCALATION' AND r.updated_at >= ? AND r.updated_at < ?
        AND MOD(r.partner_id, ?) = ?
      ORDER BY r.id
      """;

  private EscalationFactsReader() {}

  /** Reads one partition: the partners whose id modulo {@code partitions} is {@code partition}. */
  public static JdbcCursorItemReader<EscalationFacts> create(
      DataSource dataSource,
      Instant from,
      Instant until,
      int duplicateDays,
      int partition,
      int partitions) {
    JdbcCursorItemReader<EscalationFacts> reader =
        new JdbcCursorItemReader<>(
            dataSource,
            SQL.formatted(duplicateDays),
            (rs, i) ->
                new EscalationFacts(
                    rs.getLong("id"),
                    rs.getString("request_number"),
                    RequestCategory.valueOf(rs.getString("category")),
                    rs.getString("problem_type_name"),
                    rs.getString("steps_tried"),
                    rs.getInt("any_blocker") == 1,
                    rs.getInt("evidence_given") == 1,
                    rs.getInt("attachments"),
                    rs.getString("first_attachment"),
                    rs.getInt("self_help"),
                    rs.getInt("earlier_same"),
                    rs.getInt("same_steps"),
                    rs.getString("resolution") == null
                        ? null
                        : Resolution.valueOf(rs.getString("resolution")),
                    rs.getObject("resolution_hours") == null
                        ? null
                        : rs.getDouble("resolution_hours"),
                    rs.getString("verdict")));
    reader.setName("escalationFacts");
    reader.setFetchSize(5_000);
    // PostgreSQL streams a result in fetch-size batches only outside auto-commit; with it on, the
    // driver loads the whole partition into the heap before the first row is read.
    reader.setConnectionAutoCommit(false);
    reader.setPreparedStatementSetter(
        ps -> {
          ps.setInt(1, partitions);
          ps.setInt(2, partition);
          ps.setTimestamp(3, Timestamp.from(from));
          ps.setTimestamp(4, Timestamp.from(until));
          ps.setInt(5, partitions);
          ps.setInt(6, partition);
        });
    return reader;
  }
}
