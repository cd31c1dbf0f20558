package com.vianet.partnersupport.batch.review;

import com.vianet.partnersupport.core.review.RuleSettings;
import com.vianet.partnersupport.core.review.RuleSettingsStore;
import java.util.Map;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

/** The rules' settings for the job, read once per step on the job's own connection. */
public final class RuleSettingsReader {

  private RuleSettingsReader() {}

  public static Map<String, RuleSettings> read(JdbcTemplate jdbc) {
    return jdbc.execute((ConnectionCallback<Map<String, RuleSettings>>) RuleSettingsStore::read);
  }
}
