/** The review rules: pure functions of an escalation's facts, versioned as data. */
package com.vianet.partnersupport.batch.review.rules;
