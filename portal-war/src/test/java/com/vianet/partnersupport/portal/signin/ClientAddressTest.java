package com.vianet.partnersupport.portal.signin;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ClientAddressTest {

  @Test
  void forwardedForIsIgnoredUnlessTheConnectionComesFromATrustedProxy() {
    ClientAddress none = new ClientAddress(null);
    assertThat(none.of("10.0.0.7", "203.0.113.9")).isEqualTo("10.0.0.7");
    ClientAddress balancer = new ClientAddress("127.0.0.1, 10.0.0.2");
    assertThat(balancer.of("10.0.0.7", "203.0.113.9")).isEqualTo("10.0.0.7");
  }

  @Test
  void behindATrustedProxyTheNearestUntrustedHopIsTheClient() {
    ClientAddress balancer = new ClientAddress("127.0.0.1,10.0.0.2");
    // A client may forge the leftmost entries; only what the proxies appended counts.
    assertThat(balancer.of("127.0.0.1", "1.2.3.4, 203.0.113.9, 10.0.0.2")).isEqualTo("203.0.113.9");
    assertThat(balancer.of("127.0.0.1", null)).isEqualTo("127.0.0.1");
  }
}
