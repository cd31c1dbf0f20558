package com.vianet.partnersupport.portal.signin;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The address a sign-in is counted against. {@code X-Forwarded-For} is believed only when the
 * connection comes from a proxy named in the setting {@code trusted-proxies} (a load balancer);
 * then the nearest address in it that is not such a proxy is the client. Anyone else could write
 * any address there and escape the per-address count.
 */
public final class ClientAddress {

  private final Set<String> trustedProxies;

  public ClientAddress(String trustedProxiesSetting) {
    this.trustedProxies =
        trustedProxiesSetting == null
            ? Set.of()
            : Arrays.stream(trustedProxiesSetting.split(","))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .collect(Collectors.toUnmodifiableSet());
  }

  public String of(String remoteAddress, String forwardedFor) {
    if (!trustedProxies.contains(remoteAddress) || forwardedFor == null) {
      return clip(remoteAddress);
    }
    List<String> hops = Arrays.stream(forwardedFor.split(",")).map(String::strip).toList();
    for (int i = hops.size() - 1; i >= 0; i--) {
      if (!hops.get(i).isEmpty() && !trustedProxies.contains(hops.get(i))) {
        return clip(hops.get(i));
      }
    }
    return clip(remoteAddress);
  }

  private static String clip(String address) {
    String value = address == null ? "unknown" : address;
    return value.length() > 64 ? value.substring(0, 64) : value;
  }
}
