package com.vianet.partnersupport.portal.report;

import java.io.Serializable;

/** A filled decision row that could not be applied, and why (a message key). */
public record Unapplied(int row, String number, String cell, String problemKey)
    implements Serializable {}
