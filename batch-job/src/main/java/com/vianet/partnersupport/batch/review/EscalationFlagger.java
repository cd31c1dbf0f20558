package com.vianet.partnersupport.batch.review;

import com.vianet.partnersupport.core.review.EscalationFacts;
import com.vianet.partnersupport.core.review.EscalationRules;
import com.vianet.partnersupport.core.review.Flag;
import com.vianet.partnersupport.core.review.RuleSettings;
import java.util.List;
import java.util.Map;
import org.springframework.batch.infrastructure.item.ItemProcessor;

/**
 * Runs every enabled rule on an escalation (the same {@link EscalationRules#flags} the portal's
 * advice runs); an escalation no rule fires on is filtered out.
 */
public class EscalationFlagger implements ItemProcessor<EscalationFacts, List<Flag>> {

  private final Map<String, RuleSettings> settings;

  public EscalationFlagger(Map<String, RuleSettings> settings) {
    this.settings = settings;
  }

  @Override
  public List<Flag> process(EscalationFacts facts) {
    List<Flag> flags = EscalationRules.flags(facts, settings);
    return flags.isEmpty() ? null : flags;
  }
}
