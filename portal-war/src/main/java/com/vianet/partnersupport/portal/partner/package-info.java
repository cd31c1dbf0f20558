/** The partners (cloud resellers) the portal serves. */
package com.vianet.partnersupport.portal.partner;
