package com.vianet.partnersupport.core.request;

/** Why a customer's problem is a blocker the partner cannot solve itself. */
public enum BlockerReason {
  LACK_OF_TRAINING,
  LACK_OF_DOCUMENTATION,
  LACK_OF_TOOLS
}
