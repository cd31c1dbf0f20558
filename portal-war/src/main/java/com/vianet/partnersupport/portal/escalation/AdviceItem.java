package com.vianet.partnersupport.portal.escalation;

import java.io.Serializable;
import java.util.List;

/**
 * One rule that would flag the escalation as it stands: shown as the text {@code advice.<rule>}
 * with these arguments, and recorded with the rule's version if the partner submits anyway.
 */
public record AdviceItem(String ruleId, int ruleVersion, List<String> arguments)
    implements Serializable {

  public String messageKey() {
    return "advice." + ruleId;
  }
}
