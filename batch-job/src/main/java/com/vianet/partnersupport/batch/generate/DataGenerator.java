package com.vianet.partnersupport.batch.generate;

import com.vianet.partnersupport.core.demo.OrganisationWriter;
import com.vianet.partnersupport.core.demo.PartnerFixture;
import com.vianet.partnersupport.core.demo.ReferenceData;
import com.vianet.partnersupport.core.demo.RequestGenerator;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import javax.sql.DataSource;

/**
 * Loads a large, realistic data set for benchmarks and load tests: partners with an admin each (who
 * signs in with the demo password), customers spread over them, and escalations over the last 120
 * days. Each run adds a new set with its own partner codes, so runs can be repeated.
 */
public final class DataGenerator {

  /** What to generate. */
  public record Plan(long escalations, int partners, int customers, long seed) {
    public Plan {
      if (escalations < 0 || partners < 1 || customers < partners) {
        throw new IllegalArgumentException(
            "Need at least one partner, at least one customer per partner, and no negative counts");
      }
    }
  }

  /** What was generated, and how long it took. */
  public record Result(int partners, int customers, long escalations, Duration elapsed) {
    public double escalationsPerSecond() {
      return escalations / Math.max(0.001, elapsed.toMillis() / 1000.0);
    }
  }

  private final DataSource dataSource;

  public DataGenerator(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  public Result generate(Plan plan) throws SQLException {
    long started = System.nanoTime();
    Instant now = Instant.now();
    Random random = new Random(plan.seed());
    String run = Long.toString(now.getEpochSecond(), 36).toUpperCase();
    try (Connection connection = dataSource.getConnection()) {
      connection.setAutoCommit(false);
      ReferenceData reference = ReferenceData.load(connection);
      String passwordHash = demoPasswordHash(connection);
      long agent = vianetAgent(connection);
      OrganisationWriter writer = new OrganisationWriter(connection, now);
      List<PartnerFixture> partners = new ArrayList<>();
      for (int i = 0; i < plan.partners(); i++) {
        String code = "LT" + run + "-" + i;
        long partnerId = writer.createPartner(code, "Load Test Partner " + run + " " + i);
        String admin = code.toLowerCase() + ".admin";
        long adminId =
            writer.createUser(
                admin, passwordHash, "Admin " + code, partnerId, List.of("partner-admin"));
        int customers =
            plan.customers() / plan.partners() + (i < plan.customers() % plan.partners() ? 1 : 0);
        partners.add(
            new PartnerFixture(
                partnerId,
                code,
                adminId,
                "Admin " + code,
                admin + "@example.cn",
                writer.createCustomers(
                    partnerId, code, customers, reference.serviceIds(), random)));
        connection.commit();
      }
      long written =
          new RequestGenerator(connection, reference, agent, now)
              .generate(
                  partners,
                  plan.escalations(),
                  Duration.ofDays(120),
                  new RequestGenerator.KindMix(0, 1, 0),
                  random);
      connection.commit();
      return new Result(
          plan.partners(),
          plan.customers(),
          written,
          Duration.ofNanos(System.nanoTime() - started));
    }
  }

  // Generated admins share the demo password; the demo users must exist (the portal loads them).
  private static String demoPasswordHash(Connection connection) throws SQLException {
    return single(
        connection,
        "SELECT password_hash FROM app_user WHERE username = 'contoso.admin'",
        "The demo users are missing: the generator builds on them (the portal and the batch program"
            + " load them into an empty database).");
  }

  private static long vianetAgent(Connection connection) throws SQLException {
    return Long.parseLong(
        single(
            connection,
            "SELECT CAST(id AS VARCHAR(20)) FROM app_user WHERE username = 'vianet.agent'",
            "The demo user vianet.agent is missing."));
  }

  private static String single(Connection connection, String sql, String whenMissing)
      throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(sql);
        ResultSet rs = statement.executeQuery()) {
      if (!rs.next()) {
        throw new IllegalStateException(whenMissing);
      }
      return rs.getString(1);
    }
  }
}
