package com.vianet.partnersupport.reports;

import java.time.LocalDate;

/**
 * One action of a remediation plan (a plan without actions is one row with empty action fields).
 */
public record RemediationPlanRow(
    long planId,
    String partner,
    String status,
    String action,
    String owner,
    LocalDate dueOn,
    boolean done) {}
