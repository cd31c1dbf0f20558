package com.vianet.partnersupport.portal.request;

import com.vianet.partnersupport.core.request.SearchTerms;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/** Writes a new request's search terms in the transaction that creates the request. */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class RequestIndex {

  @PersistenceContext private EntityManager em;

  public void index(SupportRequest request) {
    em.flush(); // the request's id
    Connection connection = em.unwrap(Connection.class);
    try (PreparedStatement insert =
        connection.prepareStatement(
            "INSERT INTO request_search_term (term, request_id) VALUES (?, ?)")) {
      for (String term :
          SearchTerms.of(
              request.getNumber(),
              request.getTitle(),
              request.getDescription(),
              request.getCustomer() == null ? null : request.getCustomer().getName(),
              request.getCustomer() == null ? null : request.getCustomer().getDomain())) {
        insert.setString(1, term);
        insert.setLong(2, request.getId());
        insert.addBatch();
      }
      insert.executeBatch();
    } catch (SQLException e) {
      throw new IllegalStateException("Could not index request " + request.getNumber(), e);
    }
  }
}
