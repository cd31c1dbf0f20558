package com.vianet.partnersupport.core.clock;

import java.time.ZoneId;

/**
 * 21Vianet's time zone (UTC+8, no daylight saving): business dates, ISO weeks and retention periods
 * are counted in it; a viewer who chose no zone of their own sees times in it too.
 */
public final class Beijing {

  public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

  private Beijing() {}
}
