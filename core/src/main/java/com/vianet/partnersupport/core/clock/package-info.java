/** Response-target clocks over the business calendar, paused while waiting for the partner. */
package com.vianet.partnersupport.core.clock;
