package com.vianet.partnersupport.core.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vianet.partnersupport.core.config.ConfiguredDataSource;
import com.vianet.partnersupport.core.config.DatabaseSettings;
import com.vianet.partnersupport.core.demo.DemoData;
import com.vianet.partnersupport.core.schema.SchemaMigration;
import com.vianet.partnersupport.core.testing.ThrowawayPostgres;
import java.sql.Connection;
import java.time.Instant;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/** The way into a new production database, on PostgreSQL and on H2. */
class FirstAdministratorIT {

  private static final Instant NOW = Instant.parse("2026-11-30T08:00:00Z");

  @Test
  void anEmptyPostgresGetsOneAdministratorWithAOneTimeLinkAndNoDemo() throws Exception {
    try (ThrowawayPostgres postgres = ThrowawayPostgres.create()) {
      check(postgres.dataSource());
    }
  }

  @Test
  void anEmptyH2FileGetsOneAdministratorWithAOneTimeLinkAndNoDemo() throws Exception {
    String dir = System.getProperty("build.directory", "target");
    check(
        ConfiguredDataSource.create(
            new DatabaseSettings(
                "jdbc:h2:file:" + dir + "/h2-it/" + UUID.randomUUID() + ";AUTO_SERVER=TRUE",
                "sa",
                "")));
  }

  @Test
  void aDatabaseWithAnAdministratorRefusesTheCommand() throws Exception {
    try (ThrowawayPostgres postgres = ThrowawayPostgres.create()) {
      DataSource dataSource = postgres.dataSource();
      SchemaMigration.migrate(dataSource);
      DemoData.loadIfEmpty(dataSource, NOW);
      assertThatThrownBy(
              () ->
                  FirstAdministrator.create(
                      dataSource, "ops.admin", "ops@21vianet.example.cn", "Ops", NOW))
          .isInstanceOf(FirstAdministrator.Refused.class)
          .hasMessageContaining("exists already");
    }
  }

  private static void check(DataSource dataSource) throws Exception {
    SchemaMigration.migrate(dataSource);
    String token =
        FirstAdministrator.create(
            dataSource, "ops.admin", "Ops@21Vianet.example.cn", "Zhou Lan (21Vianet)", NOW);
    try (Connection connection = dataSource.getConnection();
        var query =
            connection
                .createStatement()
                .executeQuery(
                    "SELECT u.username, u.email, u.password_hash, r.role, l.purpose,"
                        + " l.token_hash, (SELECT COUNT(*) FROM partner)"
                        + " FROM app_user u JOIN app_user_role r ON r.user_id = u.id"
                        + " JOIN account_link l ON l.user_id = u.id")) {
      assertThat(query.next()).isTrue();
      assertThat(query.getString(1)).isEqualTo("ops.admin");
      assertThat(query.getString(2)).isEqualTo("ops@21vianet.example.cn");
      assertThat(query.getString(3)).isNull();
      assertThat(query.getString(4)).isEqualTo("vianet-admin");
      assertThat(query.getString(5)).isEqualTo("FIRST_ADMIN");
      assertThat(query.getString(6)).isEqualTo(AccountLinkTokens.hash(token)).isNotEqualTo(token);
      assertThat(query.getLong(7)).as("no demo partners").isZero();
      assertThat(query.next()).isFalse();
    }
    // The link expired unused: running the command again sends a new one for the same person.
    String second =
        FirstAdministrator.create(dataSource, "ops.admin", "ops@21vianet.example.cn", "", NOW);
    assertThat(second).isNotEqualTo(token);
    assertThatThrownBy(() -> FirstAdministrator.create(dataSource, "bad name!", "x@y.cn", "", NOW))
        .isInstanceOf(FirstAdministrator.Refused.class);
  }
}
