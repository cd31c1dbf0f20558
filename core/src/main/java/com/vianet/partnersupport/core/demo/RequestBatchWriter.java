package com.vianet.partnersupport.core.demo;

import com.vianet.partnersupport.core.request.SearchTerms;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;

/**
 * Inserts generated requests, their justifications and their history with JDBC batches, one commit
 * per batch, so a million rows take minutes and a crash loses at most one batch.
 */
final class RequestBatchWriter implements AutoCloseable {

  private static final String INSERT_REQUEST =
      """
      INSERT INTO support_request (request_number, partner_id, kind, category, problem_type_id,
          severity, title, description, customer_id, subscription_id, service_id, contact_name,
          contact_email, contact_phone, preferred_contact, contact_time_zone, contact_language,
          status, resolution, created_by, assigned_to, created_at, updated_at, first_contact_at,
          resolved_at, closed_at)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, '+86 21 5555 0100', 'EMAIL', 'Asia/Shanghai',
          'zh-CN', ?, ?, ?, ?, ?, ?, ?, ?, ?)
      """;
  // Looking the new row up by its unique number keeps the batch free of generated-key round trips.
  private static final String INSERT_JUSTIFICATION =
      """
      INSERT INTO escalation_justification (request_id, steps_tried, lacks_training,
          lacks_documentation, lacks_tools, evidence)
      SELECT id, ?, ?, ?, ?, ? FROM support_request WHERE request_number = ?
      """;
  private static final String INSERT_HISTORY =
      """
      INSERT INTO request_history (request_id, event_type, from_status, to_status, note, actor_id,
          actor_name, visible_to_partner, created_at)
      SELECT id, ?, ?, ?, ?, ?, ?, TRUE, ? FROM support_request WHERE request_number = ?
      """;

  private static final String INSERT_TERM =
      """
      INSERT INTO request_search_term (term, request_id)
      SELECT ?, id FROM support_request WHERE request_number = ?
      """;

  private final Connection connection;
  private final PreparedStatement requests;
  private final PreparedStatement justifications;
  private final PreparedStatement history;
  private final PreparedStatement terms;

  RequestBatchWriter(Connection connection) throws SQLException {
    this.connection = connection;
    this.requests = connection.prepareStatement(INSERT_REQUEST);
    this.justifications = connection.prepareStatement(INSERT_JUSTIFICATION);
    this.history = connection.prepareStatement(INSERT_HISTORY);
    this.terms = connection.prepareStatement(INSERT_TERM);
  }

  void add(RequestRow row) throws SQLException {
    int i = 1;
    requests.setString(i++, row.number());
    requests.setLong(i++, row.partnerId());
    requests.setString(i++, row.kind().name());
    requests.setString(i++, row.category().name());
    requests.setObject(i++, row.problemTypeId(), Types.BIGINT);
    requests.setString(i++, row.severity().name());
    requests.setString(i++, row.title());
    requests.setString(i++, row.description());
    requests.setObject(i++, row.customerId(), Types.BIGINT);
    requests.setObject(i++, row.subscriptionId(), Types.BIGINT);
    requests.setObject(i++, row.serviceId(), Types.BIGINT);
    requests.setString(i++, row.contactName());
    requests.setString(i++, row.contactEmail());
    requests.setString(i++, row.status().name());
    requests.setString(i++, row.resolution() == null ? null : row.resolution().name());
    requests.setLong(i++, row.createdBy());
    requests.setObject(i++, row.assignedTo(), Types.BIGINT);
    requests.setTimestamp(i++, ts(row.createdAt()));
    requests.setTimestamp(i++, ts(row.updatedAt()));
    requests.setTimestamp(i++, ts(row.firstContactAt()));
    requests.setTimestamp(i++, ts(row.resolvedAt()));
    requests.setTimestamp(i, ts(row.closedAt()));
    requests.addBatch();

    for (String term :
        SearchTerms.of(row.number(), row.title(), row.description(), row.customerText())) {
      terms.setString(1, term);
      terms.setString(2, row.number());
      terms.addBatch();
    }

    RequestRow.Justification j = row.justification();
    if (j != null) {
      justifications.setString(1, j.stepsTried());
      justifications.setBoolean(2, j.training());
      justifications.setBoolean(3, j.documentation());
      justifications.setBoolean(4, j.tools());
      justifications.setString(5, j.evidence());
      justifications.setString(6, row.number());
      justifications.addBatch();
    }
    event(row, "CREATED", null, "SUBMITTED", row.createdBy(), row.contactName(), row.createdAt());
    if (row.firstContactAt() != null) {
      event(
          row,
          "STATUS_CHANGED",
          "SUBMITTED",
          "CONTACTED",
          row.assignedTo(),
          "21Vianet Support",
          row.firstContactAt());
    }
    if (row.resolvedAt() != null) {
      String actor =
          row.kind().concernsCustomer() && row.assignedTo() == null
              ? row.contactName()
              : "21Vianet Support";
      event(
          row,
          "STATUS_CHANGED",
          row.firstContactAt() == null ? "SUBMITTED" : "IN_PROGRESS",
          "RESOLVED",
          row.assignedTo(),
          actor,
          row.resolvedAt());
    }
    if (row.closedAt() != null) {
      event(
          row,
          "STATUS_CHANGED",
          "RESOLVED",
          "CLOSED",
          row.assignedTo(),
          "21Vianet Support",
          row.closedAt());
    }
  }

  private void event(
      RequestRow row,
      String type,
      String from,
      String to,
      Long actorId,
      String actorName,
      Instant at)
      throws SQLException {
    history.setString(1, type);
    history.setString(2, from);
    history.setString(3, to);
    history.setString(4, null);
    history.setObject(5, actorId, Types.BIGINT);
    history.setString(6, actorName);
    history.setTimestamp(7, ts(at));
    history.setString(8, row.number());
    history.addBatch();
  }

  void flush() throws SQLException {
    requests.executeBatch();
    justifications.executeBatch();
    history.executeBatch();
    terms.executeBatch();
    connection.commit();
  }

  private static Timestamp ts(Instant instant) {
    return instant == null ? null : Timestamp.from(instant);
  }

  @Override
  public void close() throws SQLException {
    try (requests;
        justifications;
        history;
        terms) {
      // closes all four, even when one fails
    }
  }
}
