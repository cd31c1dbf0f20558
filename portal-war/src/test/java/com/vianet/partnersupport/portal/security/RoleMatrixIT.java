package com.vianet.partnersupport.portal.security;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.vianet.partnersupport.core.request.BlockerReason;
import com.vianet.partnersupport.core.request.ContactMethod;
import com.vianet.partnersupport.core.request.RequestCategory;
import com.vianet.partnersupport.core.request.Resolution;
import com.vianet.partnersupport.core.request.Severity;
import com.vianet.partnersupport.core.testing.Sql;
import com.vianet.partnersupport.core.user.Action;
import com.vianet.partnersupport.core.user.Role;
import com.vianet.partnersupport.portal.config.DatabaseStartup;
import com.vianet.partnersupport.portal.console.SupportConsole;
import com.vianet.partnersupport.portal.escalation.CustomerEscalations;
import com.vianet.partnersupport.portal.escalation.EscalationVerdict;
import com.vianet.partnersupport.portal.escalation.JustificationDraft;
import com.vianet.partnersupport.portal.escalation.VerdictDraft;
import com.vianet.partnersupport.portal.privacy.PersonalData;
import com.vianet.partnersupport.portal.profile.SupportProfiles;
import com.vianet.partnersupport.portal.remediation.PlanSearch;
import com.vianet.partnersupport.portal.remediation.RemediationPlans;
import com.vianet.partnersupport.portal.report.JobRuns;
import com.vianet.partnersupport.portal.report.ReportFiles;
import com.vianet.partnersupport.portal.request.Actor;
import com.vianet.partnersupport.portal.request.PartnerCenterRequests;
import com.vianet.partnersupport.portal.request.RequestDraft;
import com.vianet.partnersupport.portal.testing.Deployments;
import com.vianet.partnersupport.portal.token.ApiTokens;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every action of the role matrix tried as every role, on the services themselves (the pages and
 * the API call the same methods): a role the matrix does not allow is refused before anything is
 * read or changed; an allowed one gets past the check (and then meets the usual answers, such as
 * "not found" for the missing request these calls name).
 */
@ExtendWith(ArquillianExtension.class)
class RoleMatrixIT {

  private static final long NO_SUCH_ID = -1;

  @Deployment
  static WebArchive deployment() {
    return Deployments.portal(RoleMatrixIT.class);
  }

  @Resource(lookup = DatabaseStartup.DATA_SOURCE)
  DataSource dataSource;

  @Inject PartnerCenterRequests requests;
  @Inject CustomerEscalations escalations;
  @Inject SupportProfiles profiles;
  @Inject SupportConsole console;
  @Inject RemediationPlans plans;
  @Inject PlanSearch planSearch;
  @Inject ReportFiles reportFiles;
  @Inject JobRuns jobRuns;
  @Inject ApiTokens tokens;
  @Inject PersonalData personalData;
  @Inject com.vianet.partnersupport.portal.user.Users users;
  @Inject com.vianet.partnersupport.portal.account.UserAdministration userAdministration;
  @Inject com.vianet.partnersupport.portal.escalation.VerdictContests contests;
  @Inject com.vianet.partnersupport.portal.report.ComplianceDecisions decisions;
  @Inject com.vianet.partnersupport.portal.account.PartnerAdministration partnerAdministration;
  @Inject com.vianet.partnersupport.portal.signin.SignInAdministration signInAdministration;

  private interface Attempt {
    void run(PartnerScope scope) throws Exception;
  }

  @Test
  void everyRoleMayDoExactlyWhatTheMatrixSays() throws Exception {
    long contoso = Sql.count(dataSource, "SELECT id FROM partner WHERE code = 'CONTOSO'");
    Actor someone =
        new Actor(
            Sql.count(dataSource, "SELECT id FROM app_user WHERE username = 'contoso.admin'"),
            "Matrix test");
    Map<Action, Attempt> attempts = new EnumMap<>(Action.class);
    attempts.put(Action.READ_REQUESTS, s -> requests.find(s, "SR-NONE"));
    attempts.put(
        Action.EDIT_OWN_ACCOUNT,
        s ->
            users.choosePreferences(
                s,
                someone.userId(),
                java.util.Locale.ENGLISH,
                java.time.ZoneId.of("Asia/Shanghai")));
    attempts.put(
        Action.SUBMIT_REQUEST, s -> requests.submit(s, someone, partnerCenterDraft(), List.of()));
    attempts.put(Action.ADD_NOTE, s -> requests.addNote(s, "SR-NONE", someone, "note"));
    attempts.put(Action.CLOSE_REQUEST, s -> requests.close(s, "SR-NONE", someone, null));
    attempts.put(
        Action.RECORD_DEFLECTED_CASE,
        s -> escalations.deflect(s, someone, customerDraft(), Resolution.GUIDED_CUSTOMER));
    attempts.put(
        Action.ESCALATE_CUSTOMER_PROBLEM,
        s -> escalations.escalate(s, someone, customerDraft(), justification(), List.of()));
    attempts.put(
        Action.EDIT_SUPPORT_PROFILE, s -> profiles.save(s, profiles.of(contoso).orElseThrow()));
    attempts.put(Action.MANAGE_API_TOKENS, s -> tokens.list(s));
    attempts.put(Action.WORK_REQUEST, s -> console.take(s, NO_SUCH_ID, 0, someone));
    attempts.put(
        Action.JUDGE_ESCALATION, s -> console.recordVerdict(s, NO_SUCH_ID, 0, someone, verdict()));
    attempts.put(Action.READ_PLANS, s -> plans.find(s, NO_SUCH_ID));
    attempts.put(Action.RUN_PLAN, s -> plans.agree(s, NO_SUCH_ID, 0, someone));
    attempts.put(Action.ACKNOWLEDGE_PLAN, s -> plans.acknowledgeMeeting(s, NO_SUCH_ID, 0, someone));
    attempts.put(
        Action.MARK_ACTION_DONE, s -> plans.markActionDone(s, NO_SUCH_ID, 0, NO_SUCH_ID, someone));
    attempts.put(Action.COMPLETE_PLAN, s -> plans.complete(s, NO_SUCH_ID, 0, someone));
    attempts.put(Action.READ_REPORTS, s -> reportFiles.list(s));
    attempts.put(
        Action.HANDLE_PERSONAL_DATA, s -> personalData.export(s, someone, "nobody@example.cn"));
    attempts.put(
        Action.CONTEST_VERDICT, s -> contests.contest(s, someone, NO_SUCH_ID, "Matrix test"));
    attempts.put(
        Action.DECIDE_CONTEST,
        s ->
            contests.decide(
                s,
                someone,
                NO_SUCH_ID,
                0,
                com.vianet.partnersupport.core.review.ContestDecision.UPHELD,
                null));
    attempts.put(
        Action.UPLOAD_DECISIONS,
        s -> decisions.upload(s, someone, new java.io.ByteArrayInputStream(new byte[] {1})));
    attempts.put(Action.MANAGE_PARTNER_USERS, s -> userAdministration.users(s, contoso));
    attempts.put(Action.MANAGE_PARTNERS, s -> partnerAdministration.partners(s));
    attempts.put(Action.MANAGE_STAFF, s -> userAdministration.users(s, null));
    attempts.put(Action.MANAGE_SIGN_IN, s -> signInAdministration.locked(s));
    assertEquals(Action.values().length, attempts.size(), "every action is tried");

    List<String> wrong = new ArrayList<>();
    for (Map.Entry<Action, Attempt> attempt : attempts.entrySet()) {
      for (Role role : Role.values()) {
        PartnerScope scope =
            role.isPartnerRole()
                ? PartnerScope.partnerStaff(role, contoso)
                : PartnerScope.staff(role);
        boolean refused;
        try {
          attempt.getValue().run(scope);
          refused = false;
        } catch (NotAllowedException e) {
          refused = true;
        } catch (Exception otherAnswer) {
          refused = causedByRefusal(otherAnswer);
        }
        if (refused == attempt.getKey().allowedTo(role)) {
          wrong.add(
              attempt.getKey() + " as " + role.roleName() + (refused ? " refused" : " allowed"));
        }
      }
    }
    assertEquals(List.of(), wrong);
  }

  @Test
  void readersCannotWriteThroughTheOtherServicesEither() throws SQLException {
    // The planners' list and the job runs are readers' pages, refused to roles without them.
    PartnerScope agent =
        PartnerScope.partnerStaff(
            Role.PARTNER_AGENT,
            Sql.count(dataSource, "SELECT id FROM partner WHERE code = 'CONTOSO'"));
    assertEquals(true, refuses(() -> planSearch.count(agent, null)));
    assertEquals(true, refuses(() -> jobRuns.last(PartnerScope.staff(Role.VIANET_AGENT))));
    assertEquals(false, refuses(() -> jobRuns.last(PartnerScope.staff(Role.COMPLIANCE))));
  }

  private static boolean refuses(Runnable call) {
    try {
      call.run();
      return false;
    } catch (RuntimeException e) {
      return causedByRefusal(e);
    }
  }

  private static boolean causedByRefusal(Throwable e) {
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (cause instanceof NotAllowedException) {
        return true;
      }
    }
    return false;
  }

  private static RequestDraft partnerCenterDraft() {
    RequestDraft draft = new RequestDraft();
    draft.setCategory(RequestCategory.BILLING);
    draft.setTitle("Role matrix test");
    draft.setDescription("Submitted by the role matrix test.");
    draft.setSeverity(Severity.MINIMAL);
    draft.setContactName("Li Wei");
    draft.setContactEmail("li.wei@contoso.example.cn");
    draft.setPreferredContact(ContactMethod.EMAIL);
    return draft;
  }

  /** A customer problem naming a customer nobody has: allowed roles get "not found". */
  private static RequestDraft customerDraft() {
    RequestDraft draft = partnerCenterDraft();
    draft.setCategory(RequestCategory.CLIENT_CONNECTIVITY);
    draft.setCustomerId(NO_SUCH_ID);
    draft.setSubscriptionId(NO_SUCH_ID);
    return draft;
  }

  private static JustificationDraft justification() {
    JustificationDraft j = new JustificationDraft();
    j.setStepsTried("Ran the connectivity analyser, recreated profiles, tested two networks.");
    j.setBlockers(List.of(BlockerReason.LACK_OF_TOOLS));
    j.setEvidence("Analyser report id 7731");
    return j;
  }

  private static VerdictDraft verdict() {
    VerdictDraft verdict = new VerdictDraft();
    verdict.setVerdict(EscalationVerdict.Verdict.APPROPRIATE);
    return verdict;
  }
}
