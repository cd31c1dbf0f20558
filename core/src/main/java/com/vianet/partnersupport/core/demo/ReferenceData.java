package com.vianet.partnersupport.core.demo;

import com.vianet.partnersupport.core.request.RequestCategory;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** The services and problem types the migrations loaded, by id. */
public record ReferenceData(List<Long> serviceIds, Map<RequestCategory, List<Long>> problemTypes) {

  public static ReferenceData load(Connection connection) throws SQLException {
    List<Long> services = new ArrayList<>();
    Map<RequestCategory, List<Long>> types = new EnumMap<>(RequestCategory.class);
    try (Statement statement = connection.createStatement()) {
      try (ResultSet rs = statement.executeQuery("SELECT id FROM cloud_service ORDER BY id")) {
        while (rs.next()) {
          services.add(rs.getLong(1));
        }
      }
      try (ResultSet rs =
          statement.executeQuery(
              "SELECT id, category FROM problem_type WHERE active = TRUE ORDER BY id")) {
        while (rs.next()) {
          types
              .computeIfAbsent(RequestCategory.valueOf(rs.getString(2)), c -> new ArrayList<>())
              .add(rs.getLong(1));
        }
      }
    }
    return new ReferenceData(List.copyOf(services), types);
  }
}
