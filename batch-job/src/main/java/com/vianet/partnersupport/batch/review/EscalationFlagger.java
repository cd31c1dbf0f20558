package com.vianet.partnersupport.batch.review;

import com.vianet.partnersupport.batch.review.rules.EscalationFacts;
import com.vianet.partnersupport.batch.review.rules.EscalationRule;
import com.vianet.partnersupport.batch.review.rules.Flag;
import com.vianet.partnersupport.batch.review.rules.RuleSettings;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.batch.infrastructure.item.ItemProcessor;

/** Runs every enabled rule on an escalation; an escalation no rule fires on is filtered out. */
public class EscalationFlagger implements ItemProcessor<EscalationFacts, List<Flag>> {

  private final List<EscalationRule> rules;
  private final Map<String, RuleSettings> settings;

  public EscalationFlagger(List<EscalationRule> rules, Map<String, RuleSettings> settings) {
    this.rules = rules;
    this.settings = settings;
  }

  @Override
  public List<Flag> process(EscalationFacts facts) {
    List<Flag> flags = new ArrayList<>();
    for (EscalationRule rule : rules) {
      RuleSettings ruleSettings = settings.get(rule.id());
      if (ruleSettings != null && ruleSettings.enabled()) {
        rule.apply(facts, ruleSettings).ifPresent(flags::add);
      }
    }
    return flags.isEmpty() ? null : flags;
  }
}
