/** The 21Vianet agents' support console: the queue, clocks, contacts, transitions and verdicts. */
package com.vianet.partnersupport.portal.console;
