/** The dashboard each role lands on. */
package com.vianet.partnersupport.portal.dashboard;
