package com.vianet.partnersupport.batch.review;

import com.vianet.partnersupport.core.request.Resolution;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Writes escalations with exactly the facts a rule test needs, for a partner and customers of their
 * own so that no demo escalation is a duplicate of them. By default an escalation is clean: a
 * claimed blocker with evidence, a long and unique "what was tried", a problem type without
 * self-help, no resolution and no verdict.
 */
final class CraftedEscalations {

  private final JdbcTemplate jdbc;
  private final Instant changedAt;
  private final long partnerId;
  private final long serviceId;
  private final long createdBy;
  private int next;

  CraftedEscalations(JdbcTemplate jdbc, Instant changedAt) {
    this.jdbc = jdbc;
    this.changedAt = changedAt;
    jdbc.update(
        "INSERT INTO partner (code, name, created_at) VALUES ('RULES', 'Rule Test Partner', ?)",
        ts(changedAt));
    this.partnerId = jdbc.queryForObject("SELECT id FROM partner WHERE code = 'RULES'", Long.class);
    this.serviceId = jdbc.queryForObject("SELECT MIN(id) FROM cloud_service", Long.class);
    this.createdBy =
        jdbc.queryForObject("SELECT id FROM app_user WHERE username = 'contoso.admin'", Long.class);
  }

  /** One escalation; the options change the facts one rule looks at. */
  final class Escalation {
    String category = "HOW_TO";
    long problemTypeId;
    boolean blocker = true;
    String stepsTried;
    Long customerId;
    Instant createdAt = changedAt.minus(Duration.ofHours(6));
    Resolution resolution;
    Duration resolvedAfter;
    String verdict;

    /** The blocker's evidence as text; none when the partner gave a file instead. */
    String evidence = "Screenshot of the error";

    /** A file attached to the escalation, as the form takes it. */
    String attachment;

    Escalation(long problemTypeId) {
      this.problemTypeId = problemTypeId;
      this.stepsTried =
          "Checked the admin center, reset the user's licence and retried from two networks, case "
              + next;
    }

    long insert() {
      int n = ++next;
      long customer = customerId != null ? customerId : newCustomer(n);
      long subscription =
          jdbc.queryForObject(
              "SELECT id FROM subscription WHERE customer_id = ?", Long.class, customer);
      Instant resolved = resolvedAfter == null ? null : createdAt.plus(resolvedAfter);
      jdbc.update(
          "INSERT INTO support_request (request_number, partner_id, kind, category,"
              + " problem_type_id, severity, title, description, customer_id, subscription_id,"
              + " service_id, contact_name, contact_email, preferred_contact, contact_time_zone,"
              + " contact_language, status, resolution, created_by, created_at, updated_at,"
              + " resolved_at) VALUES (?, ?, 'ESCALATION', ?, ?, 'MODERATE', 'Crafted', 'Crafted',"
              + " ?, ?, ?, 'Tester', 'tester@example.cn', 'EMAIL', 'Asia/Shanghai', 'en', ?, ?, ?,"
              + " ?, ?, ?)",
          "RT-" + n,
          partnerId,
          category,
          problemTypeId,
          customer,
          subscription,
          serviceId,
          resolved == null ? "SUBMITTED" : "RESOLVED",
          resolution == null ? null : resolution.name(),
          createdBy,
          ts(createdAt),
          ts(changedAt),
          resolved == null ? null : ts(resolved));
      long id =
          jdbc.queryForObject(
              "SELECT id FROM support_request WHERE request_number = ?", Long.class, "RT-" + n);
      jdbc.update(
          "INSERT INTO escalation_justification (request_id, steps_tried, lacks_training,"
              + " lacks_documentation, lacks_tools, evidence) VALUES (?, ?, ?, FALSE, FALSE, ?)",
          id,
          stepsTried,
          blocker,
          blocker ? evidence : null);
      if (attachment != null) {
        jdbc.update(
            "INSERT INTO request_attachment (request_id, file_name, content_type, size_bytes,"
                + " content, uploaded_by, uploaded_at) VALUES (?, ?, 'text/plain', 2, ?, ?, ?)",
            id,
            attachment,
            new byte[] {'o', 'k'},
            createdBy,
            ts(createdAt));
      }
      if (verdict != null) {
        jdbc.update(
            "INSERT INTO escalation_verdict (request_id, verdict, decided_by, decided_at) VALUES"
                + " (?, ?, ?, ?)",
            id,
            verdict,
            createdBy,
            ts(changedAt));
      }
      return id;
    }
  }

  Escalation escalation(long problemTypeId) {
    return new Escalation(problemTypeId);
  }

  long newCustomer(int n) {
    jdbc.update(
        "INSERT INTO customer (partner_id, name, domain, tenant_id, created_at) VALUES (?, ?, ?, ?,"
            + " ?)",
        partnerId,
        "Rule customer " + n,
        "rule-customer-" + n + ".example.cn",
        "00000000-0000-0000-0000-" + String.format("%012d", n),
        ts(changedAt));
    long customer =
        jdbc.queryForObject(
            "SELECT id FROM customer WHERE domain = ?",
            Long.class,
            "rule-customer-" + n + ".example.cn");
    jdbc.update(
        "INSERT INTO subscription (customer_id, service_id, licence_count, status, starts_on)"
            + " VALUES (?, ?, 10, 'ACTIVE', DATE '2026-01-01')",
        customer,
        serviceId);
    return customer;
  }

  private static Timestamp ts(Instant instant) {
    return Timestamp.from(instant);
  }
}
