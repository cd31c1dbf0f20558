package com.vianet.partnersupport.portal.console;

/** How 21Vianet resolved a request; the nightly review reads GUIDANCE_ONLY. */
public enum AgentResolution {
  RESOLVED_BY_VIANET,
  GUIDANCE_ONLY
}
