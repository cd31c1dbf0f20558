package com.vianet.partnersupport.portal.alert;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An agent on duty: alerts are e-mailed to them. */
@Entity
@Table(name = "on_duty_agent")
public class OnDutyAgent {

  @Id
  @Column(name = "user_id")
  private Long userId;

  protected OnDutyAgent() {}

  public Long getUserId() {
    return userId;
  }
}
