package com.vianet.partnersupport.batch.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vianet.partnersupport.core.demo.DemoData;
import com.vianet.partnersupport.core.schema.SchemaMigration;
import com.vianet.partnersupport.core.testing.Sql;
import com.vianet.partnersupport.core.testing.ThrowawayPostgres;
import java.sql.SQLException;
import java.time.Instant;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

class DataGeneratorIT {

  @Test
  void generatesEscalationsSpreadOverNewPartnersAndTheirOwnCustomers() throws SQLException {
    try (ThrowawayPostgres postgres = ThrowawayPostgres.create()) {
      DataSource ds = postgres.dataSource();
      SchemaMigration.migrate(ds);
      DemoData.loadIfEmpty(ds, Instant.now());
      long before = Sql.count(ds, "SELECT COUNT(*) FROM support_request");

      DataGenerator.Result result =
          new DataGenerator(ds).generate(new DataGenerator.Plan(5_000, 7, 50, 42));

      assertThat(result.escalations()).isEqualTo(5_000);
      assertThat(Sql.count(ds, "SELECT COUNT(*) FROM support_request")).isEqualTo(before + 5_000);
      assertThat(Sql.count(ds, "SELECT COUNT(*) FROM partner WHERE code LIKE 'LT%'")).isEqualTo(7);
      assertThat(
              Sql.count(
                  ds,
                  "SELECT COUNT(*) FROM customer c JOIN partner p ON p.id = c.partner_id WHERE"
                      + " p.code LIKE 'LT%'"))
          .isEqualTo(50);
      assertThat(
              Sql.count(
                  ds,
                  "SELECT COUNT(*) FROM support_request r JOIN partner p ON p.id = r.partner_id"
                      + " WHERE p.code LIKE 'LT%' AND r.kind = 'ESCALATION'"))
          .isEqualTo(5_000);
      assertThat(
              Sql.count(
                  ds,
                  "SELECT COUNT(*) FROM support_request r JOIN customer c ON c.id = r.customer_id"
                      + " WHERE c.partner_id <> r.partner_id"))
          .isZero();
      assertThat(
              Sql.count(
                  ds,
                  "SELECT COUNT(DISTINCT r.partner_id) FROM support_request r JOIN partner p"
                      + " ON p.id = r.partner_id WHERE p.code LIKE 'LT%'"))
          .isEqualTo(7);
    }
  }

  @Test
  void refusesAPlanWithFewerCustomersThanPartners() {
    assertThatThrownBy(() -> new DataGenerator.Plan(10, 5, 4, 1))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
