package com.vianet.partnersupport.portal.customer;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** A customer's subscription to one service. */
@Entity
@Table(name = "subscription")
@NamedQuery(
    name = Subscription.OF_CUSTOMER,
    query =
        "SELECT s FROM Subscription s JOIN FETCH s.service WHERE s.customer.id = :customerId"
            + " AND s.customer.partner.id = :partnerId ORDER BY s.service.name")
public class Subscription {

  public static final String OF_CUSTOMER = "Subscription.ofCustomer";

  @Id private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "customer_id")
  private Customer customer;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "service_id")
  private CloudService service;

  @Column(name = "licence_count", nullable = false)
  private int licenceCount;

  @Column(nullable = false, length = 20)
  private String status;

  @Column(name = "starts_on", nullable = false)
  private LocalDate startsOn;

  @Column(name = "ends_on")
  private LocalDate endsOn;

  protected Subscription() {}

  public Long getId() {
    return id;
  }

  public Customer getCustomer() {
    return customer;
  }

  public CloudService getService() {
    return service;
  }

  public int getLicenceCount() {
    return licenceCount;
  }

  public String getStatus() {
    return status;
  }

  public LocalDate getStartsOn() {
    return startsOn;
  }

  public LocalDate getEndsOn() {
    return endsOn;
  }
}
