/**
 * Alerts for 21Vianet agents: a new critical request, a target due within 30 minutes with nobody on
 * it; raised once, e-mailed to the agents on duty, shown in the portal.
 */
package com.vianet.partnersupport.portal.alert;
