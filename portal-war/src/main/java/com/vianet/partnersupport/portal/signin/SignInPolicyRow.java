package com.vianet.partnersupport.portal.signin;

import com.vianet.partnersupport.core.user.SignInPolicy;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;

/** The one row of {@code sign_in_policy}: the thresholds are data, changed without a release. */
@Entity
@Table(name = "sign_in_policy")
public class SignInPolicyRow {

  static final int ID = 1;

  @Id private Integer id;

  @Column(name = "slow_after", nullable = false)
  private int slowAfter;

  @Column(name = "lock_after", nullable = false)
  private int lockAfter;

  @Column(name = "lock_minutes", nullable = false)
  private int lockMinutes;

  @Column(name = "address_max_failures", nullable = false)
  private int addressMaxFailures;

  @Column(name = "address_window_minutes", nullable = false)
  private int addressWindowMinutes;

  protected SignInPolicyRow() {}

  SignInPolicy policy() {
    return new SignInPolicy(
        slowAfter,
        lockAfter,
        Duration.ofMinutes(lockMinutes),
        addressMaxFailures,
        Duration.ofMinutes(addressWindowMinutes));
  }
}
