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

  public record Customer(long id, List<Subscription> subscriptions) {}

  public record Subscription(long id, long serviceId) {}
}
