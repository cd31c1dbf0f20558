package com.vianet.partnersupport.portal.cluster;

import java.lang.management.ManagementFactory;

/** This server among the cluster's: the Payara instance, its process and machine. */
public final class ServerName {

  /** For example {@code instance1 (4242@node-a)}; Payara names the single server "server". */
  public static final String NAME =
      System.getProperty("com.sun.aas.instanceName", "server")
          + " ("
          + ManagementFactory.getRuntimeMXBean().getName()
          + ")";

  private ServerName() {}
}
