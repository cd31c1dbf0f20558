/** Remediation plans: their statuses and the moves between them. */
package com.vianet.partnersupport.core.remediation;
