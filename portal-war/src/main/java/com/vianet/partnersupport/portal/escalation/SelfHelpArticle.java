package com.vianet.partnersupport.portal.escalation;

import com.vianet.partnersupport.portal.request.ProblemType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/** An article or guided check that answers a problem type; offered before an escalation. */
@Entity
@Table(name = "self_help_article")
@NamedQuery(
    name = SelfHelpArticle.FOR_PROBLEM_TYPE,
    query =
        "SELECT a FROM SelfHelpArticle a WHERE a.problemType.id = :problemTypeId AND a.active ="
            + " TRUE AND (a.serviceId IS NULL OR a.serviceId = :serviceId) ORDER BY a.id")
public class SelfHelpArticle {

  public static final String FOR_PROBLEM_TYPE = "SelfHelpArticle.forProblemType";

  @Id private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "problem_type_id")
  private ProblemType problemType;

  @Column(nullable = false, length = 20)
  private String kind;

  @Column(nullable = false, length = 200)
  private String title;

  @Column(nullable = false, length = 2000)
  private String summary;

  @Column(length = 500)
  private String url;

  @Column(nullable = false)
  private boolean active;

  /** The one service it is about; null for any service. */
  @Column(name = "service_id")
  private Long serviceId;

  protected SelfHelpArticle() {}

  public Long getId() {
    return id;
  }

  public String getKind() {
    return kind;
  }

  public String getTitle() {
    return title;
  }

  public String getSummary() {
    return summary;
  }

  public String getUrl() {
    return url;
  }
}
