package com.vianet.partnersupport.portal.console;

import java.io.Serializable;

/** A queue row with its clocks read at page load. */
public record QueueRow(QueueItem item, RequestClocks clocks) implements Serializable {
  public QueueItem getItem() {
    return item;
  }

  public RequestClocks getClocks() {
    return clocks;
  }
}
