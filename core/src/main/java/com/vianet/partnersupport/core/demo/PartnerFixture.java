package com.vianet.partnersupport.core.demo;

import java.util.List;

/** A partner as the generators know it: who files its requests and which customers it has. */
public record PartnerFixture(
    long id,
    String code,
    long adminUserId,
    String adminName,
    String adminEmail,
    List<Customer> customers) {

  /** A customer, with the words its requests are found by (its name and domain). */
  public record Customer(long id, String searchText, List<Subscription> subscriptions) {}

  public record Subscription(long id, long serviceId) {}
}
