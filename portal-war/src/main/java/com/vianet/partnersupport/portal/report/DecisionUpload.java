package com.vianet.partnersupport.portal.report;

import java.io.Serializable;
import java.util.List;

/**
 * What an uploaded compliance workbook changed: decisions applied, left for discussion, refused.
 */
public record DecisionUpload(String isoWeek, int applied, int toDiscuss, List<Unapplied> unapplied)
    implements Serializable {}
