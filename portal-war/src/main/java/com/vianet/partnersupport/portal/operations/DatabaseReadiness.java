package com.vianet.partnersupport.portal.operations;

import com.vianet.partnersupport.portal.config.DatabaseStartup;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Whether this server can take people ({@code /health/ready}, which the balancer asks): the
 * database answers within two seconds and its schema is the one this server migrated to at start.
 * Mail is not a condition: an SMTP outage must not take every server out of the balancer.
 */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

  @Resource(lookup = DatabaseStartup.DATA_SOURCE)
  private DataSource dataSource;

  @Override
  public HealthCheckResponse call() {
    String expected = DatabaseStartup.schemaVersion();
    try (Connection c = dataSource.getConnection();
        PreparedStatement query =
            c.prepareStatement(
                // Flyway names its table in lower case, quoted (H2 would fold it to upper case).
                "SELECT COUNT(*) FROM \"flyway_schema_history\" WHERE \"success\" = TRUE AND"
                    + " \"version\" = ?")) {
      query.setQueryTimeout(2);
      query.setString(1, expected);
      try (ResultSet rs = query.executeQuery()) {
        rs.next();
        return HealthCheckResponse.named("database")
            .status(rs.getLong(1) == 1)
            .withData("schemaVersion", expected)
            .build();
      }
    } catch (SQLException e) {
      return HealthCheckResponse.named("database")
          .down()
          .withData("error", String.valueOf(e.getMessage()))
          .build();
    }
  }
}
