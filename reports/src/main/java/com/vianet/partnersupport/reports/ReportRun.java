package com.vianet.partnersupport.reports;

import java.time.Instant;
import java.util.Map;

/** What stamps a workbook so it can be reproduced: the job run, the rules' versions, when. */
public record ReportRun(
    String isoWeek, long jobRunId, Map<String, Integer> ruleVersions, Instant generatedAt) {}
