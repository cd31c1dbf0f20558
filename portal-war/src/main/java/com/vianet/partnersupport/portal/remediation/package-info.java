/** Remediation plans agreed with partners that escalated inappropriately. */
package com.vianet.partnersupport.portal.remediation;
