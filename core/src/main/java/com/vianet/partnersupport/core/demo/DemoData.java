package com.vianet.partnersupport.core.demo;

import com.vianet.partnersupport.core.user.PasswordHashes;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import javax.sql.DataSource;

/**
 * The demo a new user sees on first start: three partners with admins, two dozen customers each
 * with their subscriptions, 21Vianet staff, and four months of requests in every state.
 */
public final class DemoData {

  /** The password of every demo user; the README lists the user names. */
  public static final String DEMO_PASSWORD = "Demo#2026";

  public static final int CUSTOMERS_PER_PARTNER = 24;
  public static final int REQUESTS = 600;
  public static final int RECENT_REQUESTS = 60;

  private static final String[][] PARTNERS = {
    {"CONTOSO", "Contoso Cloud Services", "contoso", "Li Wei"},
    {"FABRIKAM", "Fabrikam Solutions", "fabrikam", "Wang Fang"},
    {"NORTHWIND", "Northwind IT Partners", "northwind", "Zhang Min"},
  };

  private DemoData() {}

  /** Loads the demo unless the database already has partners; returns whether it loaded. */
  public static boolean loadIfEmpty(DataSource dataSource, Instant now) throws SQLException {
    try (Connection connection = dataSource.getConnection()) {
      if (hasPartners(connection)) {
        return false;
      }
      return com.vianet.partnersupport.core.config.JdbcTransactions.run(
          connection,
          () -> {
            // The servers of a cluster start together on one empty database: one loads the demo,
            // the others wait for its transaction and then find the partners there.
            if ("PostgreSQL".equals(connection.getMetaData().getDatabaseProductName())) {
              try (java.sql.Statement lock = connection.createStatement()) {
                lock.execute("SELECT pg_advisory_xact_lock(20261125)");
              }
            }
            if (hasPartners(connection)) {
              return false;
            }
            load(connection, PasswordHashes.hash(DEMO_PASSWORD.toCharArray()), now);
            return true;
          });
    }
  }

  private static void load(Connection connection, String passwordHash, Instant now)
      throws SQLException {
    Random random = new Random(20261125L);
    OrganisationWriter writer = new OrganisationWriter(connection, now);
    ReferenceData reference = ReferenceData.load(connection);
    long agent =
        writer.createUser(
            "vianet.agent",
            passwordHash,
            "Chen Jing (21Vianet Support)",
            null,
            List.of("vianet-agent"));
    try (java.sql.Statement onDuty = connection.createStatement()) {
      // The demo agent is on duty: new critical requests and targets about to be missed mail them.
      onDuty.executeUpdate("INSERT INTO on_duty_agent (user_id) VALUES (" + agent + ")");
      // ...and 21Vianet's operators hear when the nightly review failed or is late.
      onDuty.executeUpdate(
          "INSERT INTO operator_contact (email, locale) VALUES ('ops@21vianet.example.cn', 'en')");
    }
    writer.createUser(
        "vianet.agent2",
        passwordHash,
        "Wang Fang (21Vianet Support)",
        null,
        List.of("vianet-agent"));
    writer.createUser(
        "manager", passwordHash, "Liu Yang (Support Manager)", null, List.of("manager"));
    writer.createUser(
        "compliance", passwordHash, "Zhao Lei (Compliance Reviewer)", null, List.of("compliance"));
    writer.createUser(
        "vianet.admin",
        passwordHash,
        "Sun Jie (21Vianet Administrator)",
        null,
        List.of("vianet-admin"));

    List<PartnerFixture> partners = new ArrayList<>();
    for (String[] p : PARTNERS) {
      long partnerId = writer.createPartner(p[0], p[1]);
      String admin = p[2] + ".admin";
      long adminId =
          writer.createUser(admin, passwordHash, p[3], partnerId, List.of("partner-admin"));
      writer.createUser(
          p[2] + ".agent", passwordHash, p[3] + " (helpdesk)", partnerId, List.of("partner-agent"));
      partners.add(
          new PartnerFixture(
              partnerId,
              p[0],
              adminId,
              p[3],
              admin + "@example.cn",
              writer.createCustomers(
                  partnerId, p[0], CUSTOMERS_PER_PARTNER, reference.serviceIds(), random)));
      // Northwind offers office hours only: the nightly job reports it.
      boolean allDay = !p[0].equals("NORTHWIND");
      writer.createSupportProfile(
          partnerId,
          "Hotline +86 400 800 "
              + (1000 + partners.size())
              + ", support@"
              + p[2]
              + ".example.cn, portal",
          allDay ? "24×7×365" : "Mon–Fri 09:00–18:00 Beijing time",
          allDay,
          p[3] + ", service desk lead, +86 21 5555 0199");
    }
    RequestGenerator generator = new RequestGenerator(connection, reference, agent, now);
    generator.generate(
        partners, REQUESTS, Duration.ofDays(120), new RequestGenerator.KindMix(3, 5, 2), random);
    // A fresh day and a half on top, so the agents' queue has new requests waiting to be taken.
    generator.generate(
        partners,
        RECENT_REQUESTS,
        Duration.ofHours(36),
        new RequestGenerator.KindMix(3, 5, 2),
        random);
    judgeResolvedEscalations(connection, agent);
    // The weekly figures the nightly review would have written for these weeks: the dashboards'
    // charts have history from the first start.
    java.time.LocalDate today =
        java.time.LocalDate.ofInstant(now, com.vianet.partnersupport.core.clock.Beijing.ZONE);
    for (java.time.LocalDate day = today.minusWeeks(18);
        !day.isAfter(today);
        day = day.plusWeeks(1)) {
      com.vianet.partnersupport.core.jobs.WeeklyAggregates.replaceWeek(connection, day, now);
    }
  }

  /**
   * 21Vianet's verdicts on the resolved escalations: Northwind mostly escalated what it should have
   * solved itself (its first nightly review proposes a remediation plan), the others rarely.
   */
  private static void judgeResolvedEscalations(Connection connection, long agent)
      throws SQLException {
    try (PreparedStatement insert =
        connection.prepareStatement(
            """
            INSERT INTO escalation_verdict (request_id, verdict, decided_by, decided_at)
            SELECT r.id,
                CASE WHEN p.code = 'NORTHWIND' AND MOD(r.id, 4) <> 0 THEN 'INAPPROPRIATE'
                     WHEN MOD(r.id, 7) = 0 THEN 'INAPPROPRIATE' ELSE 'APPROPRIATE' END,
                ?, COALESCE(r.resolved_at, r.updated_at)
            FROM support_request r JOIN partner p ON p.id = r.partner_id
            WHERE r.kind = 'ESCALATION' AND r.status IN ('RESOLVED', 'CLOSED')
            """)) {
      insert.setLong(1, agent);
      insert.executeUpdate();
    }
    try (Statement statement = connection.createStatement()) {
      statement.executeUpdate(
          """
          INSERT INTO escalation_verdict_reason (request_id, reason_code)
          SELECT v.request_id,
              CASE WHEN p.code = 'NORTHWIND' AND MOD(r.id, 4) <> 0 THEN 'SCOPE_HOW_TO' ELSE 'SELF_HELP_ARTICLE' END
          FROM escalation_verdict v JOIN support_request r ON r.id = v.request_id JOIN partner p ON p.id = r.partner_id
          WHERE v.verdict = 'INAPPROPRIATE'
          """);
      // The readable line the reports show is the reason's label, as when an agent records a
      // verdict.
      statement.executeUpdate(
          """
          UPDATE escalation_verdict SET reasons = (SELECT vr.label_en FROM escalation_verdict_reason er
              JOIN verdict_reason vr ON vr.code = er.reason_code WHERE er.request_id = escalation_verdict.request_id)
          WHERE verdict = 'INAPPROPRIATE'
          """);
    }
  }

  private static boolean hasPartners(Connection connection) throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet rs = statement.executeQuery("SELECT COUNT(*) FROM partner")) {
      rs.next();
      return rs.getLong(1) > 0;
    }
  }
}
