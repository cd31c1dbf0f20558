package com.vianet.partnersupport.core.user;

import static com.vianet.partnersupport.core.user.Role.COMPLIANCE;
import static com.vianet.partnersupport.core.user.Role.MANAGER;
import static com.vianet.partnersupport.core.user.Role.PARTNER_ADMIN;
import static com.vianet.partnersupport.core.user.Role.PARTNER_AGENT;
import static com.vianet.partnersupport.core.user.Role.VIANET_ADMIN;
import static com.vianet.partnersupport.core.user.Role.VIANET_AGENT;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;

/**
 * The role × action matrix: what each role may do, checked by the services whatever page or API
 * call asks (the README prints this table). Partner roles act within their own partner only
 * (PartnerScope); 21Vianet roles across partners. Like Partner Center's admin agent and helpdesk
 * agent: a partner agent works the partner's requests and its customers' cases, while speaking for
 * the partner (escalating to 21Vianet, the support profile, plans) is the partner admin's.
 */
public enum Action {
  READ_REQUESTS(
      "Read requests",
      PARTNER_ADMIN,
      PARTNER_AGENT,
      VIANET_AGENT,
      MANAGER,
      COMPLIANCE,
      VIANET_ADMIN),
  EDIT_OWN_ACCOUNT(
      "Choose one's own language, time zone and password (My account)",
      PARTNER_ADMIN,
      PARTNER_AGENT,
      VIANET_AGENT,
      MANAGER,
      COMPLIANCE,
      VIANET_ADMIN),
  SUBMIT_REQUEST("Submit a Partner Center request", PARTNER_ADMIN, PARTNER_AGENT),
  ADD_NOTE("Add a note to a request, as the partner", PARTNER_ADMIN, PARTNER_AGENT),
  CLOSE_REQUEST("Close a request, as the partner", PARTNER_ADMIN, PARTNER_AGENT),
  RECORD_DEFLECTED_CASE("Record a customer case resolved or guided", PARTNER_ADMIN, PARTNER_AGENT),
  ESCALATE_CUSTOMER_PROBLEM("Escalate a customer's problem to 21Vianet", PARTNER_ADMIN),
  EDIT_SUPPORT_PROFILE("Edit the partner's support profile", PARTNER_ADMIN),
  MANAGE_API_TOKENS("Create and revoke the partner's API tokens", PARTNER_ADMIN),
  WORK_REQUEST("Take, contact, move on, lower severity (console)", VIANET_AGENT),
  JUDGE_ESCALATION("Record an escalation's verdict", VIANET_AGENT),
  CONTEST_VERDICT("Contest an inappropriate verdict, once, with a reason", PARTNER_ADMIN),
  DECIDE_CONTEST("Uphold or overturn a contested verdict", COMPLIANCE),
  READ_PLANS("Read remediation plans", PARTNER_ADMIN, VIANET_AGENT, COMPLIANCE),
  RUN_PLAN("Open and run a remediation plan", VIANET_AGENT, COMPLIANCE),
  ACKNOWLEDGE_PLAN("Acknowledge a remediation meeting", PARTNER_ADMIN),
  MARK_ACTION_DONE("Mark a remediation action done", PARTNER_ADMIN, VIANET_AGENT, COMPLIANCE),
  COMPLETE_PLAN("Complete a remediation plan", COMPLIANCE),
  READ_REPORTS("Read the weekly workbooks and job runs", MANAGER, COMPLIANCE),
  UPLOAD_DECISIONS("Upload the compliance workbook's decisions", COMPLIANCE),
  HANDLE_PERSONAL_DATA("Export or erase a person's data on request", VIANET_ADMIN),
  MANAGE_PARTNER_USERS(
      "Invite the partner's users, set their roles, deactivate them", PARTNER_ADMIN, VIANET_ADMIN),
  MANAGE_PARTNERS("Create partners with their tenant, suspend them", VIANET_ADMIN),
  MANAGE_STAFF("Invite 21Vianet staff, set their roles, deactivate them", VIANET_ADMIN),
  MANAGE_SIGN_IN("Read the sign-in audit, unlock locked names", VIANET_ADMIN);

  private final String description;
  private final Set<Role> allowed;

  Action(String description, Role first, Role... rest) {
    this.description = description;
    this.allowed = EnumSet.of(first, rest);
  }

  public String description() {
    return description;
  }

  public boolean allowedTo(Role role) {
    return allowed.contains(role);
  }

  public boolean allowedToAny(Collection<Role> roles) {
    return roles.stream().anyMatch(allowed::contains);
  }

  /** The matrix as the README shows it: a Markdown table, an action a row, a role a column. */
  public static String matrix() {
    StringBuilder table = new StringBuilder("| action |");
    StringBuilder rule = new StringBuilder("| --- |");
    for (Role role : Role.values()) {
      table.append(' ').append(role.roleName()).append(" |");
      rule.append(" :-: |");
    }
    table.append('\n').append(rule).append('\n');
    for (Action action : values()) {
      table.append("| ").append(action.description).append(" |");
      for (Role role : Role.values()) {
        table.append(action.allowedTo(role) ? " ✓ |" : "   |");
      }
      table.append('\n');
    }
    return table.toString();
  }
}
