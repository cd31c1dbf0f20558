package com.vianet.partnersupport.portal.escalation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.util.Locale;

/**
 * One reason an escalation can be judged inappropriate; the list is data, labelled in three
 * languages.
 */
@Entity
@Table(name = "verdict_reason")
@NamedQuery(
    name = VerdictReason.ACTIVE,
    query = "SELECT r FROM VerdictReason r WHERE r.active = TRUE ORDER BY r.sortOrder")
public class VerdictReason {

  public static final String ACTIVE = "VerdictReason.active";
  public static final String OTHER = "OTHER";

  @Id
  @Column(length = 40)
  private String code;

  @Column(name = "sort_order", nullable = false)
  private int sortOrder;

  @Column(name = "needs_text", nullable = false)
  private boolean needsText;

  @Column(nullable = false)
  private boolean active;

  @Column(name = "label_en", nullable = false)
  private String labelEn;

  @Column(name = "label_it", nullable = false)
  private String labelIt;

  @Column(name = "label_zh", nullable = false)
  private String labelZh;

  protected VerdictReason() {}

  public String label(Locale locale) {
    return switch (locale.getLanguage()) {
      case "it" -> labelIt;
      case "zh" -> labelZh;
      default -> labelEn;
    };
  }

  public String getCode() {
    return code;
  }

  public boolean isNeedsText() {
    return needsText;
  }

  public boolean isActive() {
    return active;
  }

  public String getLabelEn() {
    return labelEn;
  }
}
