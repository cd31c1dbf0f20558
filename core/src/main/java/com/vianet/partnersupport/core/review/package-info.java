/**
 * The escalation review's rules: pure functions of an escalation's facts, versioned as data. The
 * nightly job applies them to submitted escalations; the portal applies the very same rules to a
 * form being filled in, as advice before submitting.
 */
package com.vianet.partnersupport.core.review;
