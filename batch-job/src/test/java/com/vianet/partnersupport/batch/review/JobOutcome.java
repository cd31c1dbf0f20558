package com.vianet.partnersupport.batch.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;

/** What a review leaves in the database, to compare two runs over copies of the same data. */
final class JobOutcome {

  private JobOutcome() {}

  /** Everything the job produces, as comparable text (ids of generated rows left out). */
  static List<String> of(JdbcTemplate jdbc) {
    List<String> lines = new ArrayList<>();
    lines.addAll(
        jdbc.queryForList(
            "SELECT CONCAT(r.request_number, '|', f.rule_id, '|', f.rule_version, '|', f.score,"
                + " '|', f.reason) FROM escalation_flag f JOIN support_request r ON r.id ="
                + " f.request_id ORDER BY 1",
            String.class));
    lines.addAll(
        jdbc.queryForList(
            "SELECT CONCAT(iso_week, '|', partner_id, '|', service_id, '|', category, '|',"
                + " escalations, '|', appropriate, '|', inappropriate, '|', unreviewed, '|',"
                + " deflected, '|', first_contact_p50_hours, '|', resolution_p90_hours) FROM"
                + " escalation_weekly_aggregate ORDER BY 1",
            String.class));
    lines.addAll(
        jdbc.queryForList(
            "SELECT CONCAT(p.partner_id, '|', p.status, '|', (SELECT COUNT(*) FROM"
                + " remediation_plan_escalation e WHERE e.plan_id = p.id)) FROM remediation_plan p"
                + " ORDER BY 1",
            String.class));
    lines.addAll(
        jdbc.queryForList(
            "SELECT CONCAT(kind, '|', iso_week, '|', input_sha256) FROM report_file ORDER BY 1",
            String.class));
    assertThat(lines).as("the job produced something to compare").hasSizeGreaterThan(100);
    return lines;
  }
}
