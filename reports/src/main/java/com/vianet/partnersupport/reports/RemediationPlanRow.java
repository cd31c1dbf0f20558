package com.vianet.partnersupport.reports;

import java.time.LocalDate;

/**
 * One action of a remediation plan (a plan without actions is one row with empty action fields).
 * The plan is known by its partner's code (a partner has at most one open plan), never by its id:
 * identity values differ between a run killed and resumed and an uninterrupted one, and the
 * workbook's input hash must not.
 */
public record RemediationPlanRow(
    String partnerCode,
    String partner,
    String status,
    String action,
    String owner,
    LocalDate dueOn,
    boolean done) {}
