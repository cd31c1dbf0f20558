package com.vianet.partnersupport.core.clock;

import com.vianet.partnersupport.core.request.Severity;

/**
 * How soon 21Vianet answers and resolves a request of one severity, and how that time is counted.
 */
public record ResponseTarget(
    Severity severity,
    int firstResponseMinutes,
    int resolutionMinutes,
    boolean businessHoursOnly) {}
