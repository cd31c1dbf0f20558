package com.vianet.partnersupport.core.user;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ActionTest {

  @Test
  void readersOnlyReadAndNobodyActsAsThePartnerButThePartnersPeople() {
    for (Role reader : Set.of(Role.MANAGER, Role.COMPLIANCE)) {
      assertThat(Action.ADD_NOTE.allowedTo(reader)).isFalse();
      assertThat(Action.CLOSE_REQUEST.allowedTo(reader)).isFalse();
    }
    for (Action asPartner :
        EnumSet.of(Action.SUBMIT_REQUEST, Action.ADD_NOTE, Action.CLOSE_REQUEST)) {
      assertThat(asPartner.allowedTo(Role.VIANET_AGENT))
          .as("no agent acts as the partner")
          .isFalse();
    }
  }

  @Test
  void aPartnerAgentWorksRequestsButDoesNotSpeakForThePartner() {
    assertThat(Action.SUBMIT_REQUEST.allowedTo(Role.PARTNER_AGENT)).isTrue();
    assertThat(Action.RECORD_DEFLECTED_CASE.allowedTo(Role.PARTNER_AGENT)).isTrue();
    assertThat(Action.ESCALATE_CUSTOMER_PROBLEM.allowedTo(Role.PARTNER_AGENT)).isFalse();
    assertThat(Action.EDIT_SUPPORT_PROFILE.allowedTo(Role.PARTNER_AGENT)).isFalse();
    assertThat(Action.READ_PLANS.allowedTo(Role.PARTNER_AGENT)).isFalse();
  }

  @Test
  void theReadmePrintsTheMatrixTheServicesEnforce() throws IOException {
    Path readme = Path.of(System.getProperty("user.dir")).getParent().resolve("README.md");
    assertThat(Files.readString(readme, StandardCharsets.UTF_8)).contains(Action.matrix());
  }
}
