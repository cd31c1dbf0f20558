package com.vianet.partnersupport.portal.request;

import com.vianet.partnersupport.core.request.RequestCategory;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/** A kind of problem under a category; kept as data so support can add them without a release. */
@Entity
@Table(name = "problem_type")
@NamedQuery(
    name = ProblemType.ACTIVE_IN_CATEGORY,
    query =
        "SELECT p FROM ProblemType p WHERE p.category = :category AND p.active = TRUE ORDER BY"
            + " p.name")
public class ProblemType {

  public static final String ACTIVE_IN_CATEGORY = "ProblemType.activeInCategory";

  @Id private Long id;

  @Column(nullable = false, unique = true, length = 60)
  private String code;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 40)
  private RequestCategory category;

  @Column(nullable = false, length = 200)
  private String name;

  @Column(nullable = false)
  private boolean active;

  protected ProblemType() {}

  public Long getId() {
    return id;
  }

  public String getCode() {
    return code;
  }

  public RequestCategory getCategory() {
    return category;
  }

  public String getName() {
    return name;
  }

  public boolean isActive() {
    return active;
  }
}
