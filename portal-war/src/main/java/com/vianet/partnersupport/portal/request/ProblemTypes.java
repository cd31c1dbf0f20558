package com.vianet.partnersupport.portal.request;

import com.vianet.partnersupport.core.request.RequestCategory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;

/** The problem types a form offers for a category (reference data, table problem_type). */
@ApplicationScoped
@Transactional
public class ProblemTypes {

  @PersistenceContext private EntityManager em;

  public List<ProblemType> activeIn(RequestCategory category) {
    return category == null
        ? List.of()
        : em.createNamedQuery(ProblemType.ACTIVE_IN_CATEGORY, ProblemType.class)
            .setParameter("category", category)
            .getResultList();
  }
}
