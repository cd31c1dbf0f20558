package com.vianet.partnersupport.portal.request;

import com.vianet.partnersupport.core.request.Severity;

/** A request reached 21Vianet's queue; observers hear of it once its transaction commits. */
public record RequestQueued(String number, Severity severity) {}
