package db.migration;

import com.vianet.partnersupport.core.request.SearchTerms;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Indexes the requests that existed before the search: their number, title, description and
 * customer. In Java, because the terms are SearchTerms' (pairs of Chinese characters), not SQL's.
 */
public class V19_1__Search_terms_of_existing_requests extends BaseJavaMigration {

  private static final int BATCH = 5_000;

  @Override
  public void migrate(Context context) throws Exception {
    Connection connection = context.getConnection();
    try (Statement select = connection.createStatement();
        PreparedStatement insert =
            connection.prepareStatement(
                "INSERT INTO request_search_term (term, request_id) VALUES (?, ?)")) {
      select.setFetchSize(BATCH);
      try (ResultSet rs =
          select.executeQuery(
              "SELECT r.id, r.request_number, r.title, r.description, c.name, c.domain FROM"
                  + " support_request r LEFT JOIN customer c ON c.id = r.customer_id")) {
        int pending = 0;
        while (rs.next()) {
          for (String term :
              SearchTerms.of(
                  rs.getString(2),
                  rs.getString(3),
                  rs.getString(4),
                  rs.getString(5),
                  rs.getString(6))) {
            insert.setString(1, term);
            insert.setLong(2, rs.getLong(1));
            insert.addBatch();
            pending++;
          }
          if (pending >= BATCH) {
            insert.executeBatch();
            pending = 0;
          }
        }
        insert.executeBatch();
      }
    }
  }
}
