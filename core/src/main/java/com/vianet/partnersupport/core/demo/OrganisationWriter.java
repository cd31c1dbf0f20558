package com.vianet.partnersupport.core.demo;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

/** Writes partners, users, customers and subscriptions with plain JDBC, in batches. */
public final class OrganisationWriter {

  private static final String[] CITIES = {
    "Shanghai",
    "Beijing",
    "Shenzhen",
    "Hangzhou",
    "Chengdu",
    "Suzhou",
    "Nanjing",
    "Wuhan",
    "Xiamen",
    "Qingdao",
    "Tianjin",
    "Guangzhou"
  };
  private static final String[] TRADES = {
    "Lotus Trading",
    "Jade Logistics",
    "Harbour Foods",
    "Silk Road Textiles",
    "Peony Design",
    "Bamboo Health",
    "Golden Crane Motors",
    "Summit Education",
    "Blue River Energy",
    "Red Lantern Media",
    "Pearl Finance",
    "Great Wall Engineering",
    "Orchid Pharma",
    "Phoenix Retail",
    "Dragon Gate Games",
    "Tea Garden Hotels"
  };

  private final Connection connection;
  private final Instant now;

  public OrganisationWriter(Connection connection, Instant now) {
    this.connection = connection;
    this.now = now;
  }

  public long createPartner(String code, String name) throws SQLException {
    try (PreparedStatement insert =
        connection.prepareStatement(
            "INSERT INTO partner (code, name, country_code, created_at, tenant_id)"
                + " VALUES (?, ?, 'CN', ?, ?)")) {
      insert.setString(1, code);
      insert.setString(2, name);
      insert.setTimestamp(3, Timestamp.from(now));
      insert.setString(4, demoTenantId(code));
      insert.executeUpdate();
    }
    return idOf("SELECT id FROM partner WHERE code = ?", code);
  }

  /**
   * A demo partner's organisation tenant: derived from its code, so a test provider (or a person
   * trying organisational sign-in against the demo) knows it without reading the database.
   */
  public static String demoTenantId(String partnerCode) {
    return java.util
        .UUID
        .nameUUIDFromBytes(
            ("partner-tenant:" + partnerCode).getBytes(java.nio.charset.StandardCharsets.UTF_8))
        .toString();
  }

  public long createUser(
      String username, String passwordHash, String displayName, Long partnerId, List<String> roles)
      throws SQLException {
    try (PreparedStatement insert =
        connection.prepareStatement(
            "INSERT INTO app_user (username, password_hash, display_name, email, phone, partner_id,"
                + " created_at) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
      insert.setString(1, username);
      insert.setString(2, passwordHash);
      insert.setString(3, displayName);
      insert.setString(4, username + "@example.cn");
      insert.setString(5, "+86 21 5555 0100");
      insert.setObject(6, partnerId);
      insert.setTimestamp(7, Timestamp.from(now));
      insert.executeUpdate();
    }
    long id = idOf("SELECT id FROM app_user WHERE username = ?", username);
    try (PreparedStatement insert =
        connection.prepareStatement("INSERT INTO app_user_role (user_id, role) VALUES (?, ?)")) {
      for (String role : roles) {
        insert.setLong(1, id);
        insert.setString(2, role);
        insert.addBatch();
      }
      insert.executeBatch();
    }
    return id;
  }

  public void createSupportProfile(
      long partnerId, String channels, String hours, boolean allDay, String contacts)
      throws SQLException {
    try (PreparedStatement insert =
        connection.prepareStatement(
            "INSERT INTO partner_support_profile (partner_id, channels, hours, available_24x7,"
                + " escalation_contacts, updated_at) VALUES (?, ?, ?, ?, ?, ?)")) {
      insert.setLong(1, partnerId);
      insert.setString(2, channels);
      insert.setString(3, hours);
      insert.setBoolean(4, allDay);
      insert.setString(5, contacts);
      insert.setTimestamp(6, Timestamp.from(now));
      insert.executeUpdate();
    }
  }

  /** Creates customers for a partner, each subscribed to one or more of the given services. */
  public List<PartnerFixture.Customer> createCustomers(
      long partnerId, String partnerCode, int count, List<Long> serviceIds, Random random)
      throws SQLException {
    try (PreparedStatement insert =
        connection.prepareStatement(
            "INSERT INTO customer (partner_id, name, domain, tenant_id, created_at)"
                + " VALUES (?, ?, ?, ?, ?)")) {
      for (int i = 0; i < count; i++) {
        String name = CITIES[random.nextInt(CITIES.length)] + " " + TRADES[i % TRADES.length];
        String domain =
            (TRADES[i % TRADES.length].replace(' ', '-') + "-" + partnerCode + "-" + i)
                    .toLowerCase()
                + ".partner.cn";
        insert.setLong(1, partnerId);
        insert.setString(2, name + (i >= TRADES.length ? " " + (i / TRADES.length + 1) : ""));
        insert.setString(3, domain);
        insert.setString(
            4, UUID.nameUUIDFromBytes(domain.getBytes(StandardCharsets.UTF_8)).toString());
        insert.setTimestamp(5, Timestamp.from(now));
        insert.addBatch();
      }
      insert.executeBatch();
    }
    Map<Long, List<PartnerFixture.Subscription>> byCustomer = new LinkedHashMap<>();
    Map<Long, String> searchTexts = new LinkedHashMap<>();
    try (PreparedStatement select =
        connection.prepareStatement(
            "SELECT id, name, domain FROM customer WHERE partner_id = ? ORDER BY id")) {
      select.setLong(1, partnerId);
      try (ResultSet rs = select.executeQuery()) {
        while (rs.next()) {
          byCustomer.put(rs.getLong(1), new ArrayList<>());
          searchTexts.put(rs.getLong(1), rs.getString(2) + " " + rs.getString(3));
        }
      }
    }
    subscribe(byCustomer.keySet(), serviceIds, random);
    try (PreparedStatement select =
        connection.prepareStatement(
            "SELECT s.id, s.customer_id, s.service_id FROM subscription s JOIN customer c ON c.id ="
                + " s.customer_id WHERE c.partner_id = ? ORDER BY s.id")) {
      select.setLong(1, partnerId);
      try (ResultSet rs = select.executeQuery()) {
        while (rs.next()) {
          byCustomer
              .get(rs.getLong(2))
              .add(new PartnerFixture.Subscription(rs.getLong(1), rs.getLong(3)));
        }
      }
    }
    List<PartnerFixture.Customer> customers = new ArrayList<>();
    byCustomer.forEach(
        (id, subs) ->
            customers.add(new PartnerFixture.Customer(id, searchTexts.get(id), List.copyOf(subs))));
    return customers;
  }

  private void subscribe(Iterable<Long> customerIds, List<Long> serviceIds, Random random)
      throws SQLException {
    LocalDate today = LocalDate.ofInstant(now, java.time.ZoneOffset.UTC);
    try (PreparedStatement insert =
        connection.prepareStatement(
            "INSERT INTO subscription (customer_id, service_id, licence_count, status, starts_on,"
                + " ends_on) VALUES (?, ?, ?, ?, ?, ?)")) {
      for (long customerId : customerIds) {
        int first = random.nextInt(serviceIds.size());
        int howMany = 1 + random.nextInt(serviceIds.size());
        for (int k = 0; k < howMany; k++) {
          LocalDate start = today.minusDays(30 + random.nextInt(700));
          insert.setLong(1, customerId);
          insert.setLong(2, serviceIds.get((first + k) % serviceIds.size()));
          insert.setInt(3, 5 + random.nextInt(500));
          insert.setString(4, random.nextInt(20) == 0 ? "SUSPENDED" : "ACTIVE");
          insert.setDate(5, Date.valueOf(start));
          insert.setDate(6, Date.valueOf(start.plusYears(1 + random.nextInt(2))));
          insert.addBatch();
        }
      }
      insert.executeBatch();
    }
  }

  private long idOf(String sql, String key) throws SQLException {
    try (PreparedStatement select = connection.prepareStatement(sql)) {
      select.setString(1, key);
      try (ResultSet rs = select.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }
}
