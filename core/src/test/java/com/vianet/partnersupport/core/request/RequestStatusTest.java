package com.vianet.partnersupport.core.request;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RequestStatusTest {

  @Test
  void closedRequestCannotMoveAnywhere() {
    for (RequestStatus next : RequestStatus.values()) {
      assertThat(RequestStatus.CLOSED.canMoveTo(next)).isFalse();
    }
  }

  @Test
  void resolvedRequestCanBeReopenedOrClosed() {
    assertThat(RequestStatus.RESOLVED.allowedNext())
        .containsExactlyInAnyOrder(RequestStatus.IN_PROGRESS, RequestStatus.CLOSED);
  }

  @Test
  void submittedRequestCannotWaitForPartnerBeforeAnyoneContactedIt() {
    assertThat(RequestStatus.SUBMITTED.canMoveTo(RequestStatus.WAITING_FOR_PARTNER)).isFalse();
  }

  @Test
  void onlyResolvedAndClosedAreNotOpen() {
    assertThat(RequestStatus.openStatuses())
        .containsExactlyInAnyOrder(
            RequestStatus.SUBMITTED,
            RequestStatus.CONTACTED,
            RequestStatus.IN_PROGRESS,
            RequestStatus.WAITING_FOR_PARTNER);
  }

  @Test
  void noStatusMovesToItself() {
    for (RequestStatus status : RequestStatus.values()) {
      assertThat(status.canMoveTo(status)).as(status.name()).isFalse();
    }
  }

  @Test
  void theQueueHoldsTheOpenRequestsThatAreTwentyOneVianetsMove() {
    assertThat(RequestStatus.onTheQueue())
        .containsExactly(
            RequestStatus.SUBMITTED, RequestStatus.CONTACTED, RequestStatus.IN_PROGRESS);
    assertThat(RequestStatus.onTheQueueSql())
        .isEqualTo("('SUBMITTED', 'CONTACTED', 'IN_PROGRESS')");
  }
}
