/**
 * Customer requests: the self-help path, deflected cases and escalations with their justification
 * and verdict.
 */
package com.vianet.partnersupport.portal.escalation;
