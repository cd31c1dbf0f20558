package com.vianet.partnersupport.portal.request;

import com.vianet.partnersupport.core.request.ContactMethod;
import com.vianet.partnersupport.core.request.Severity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.util.List;

/** The fixed choices of every request form. */
@Named
@ApplicationScoped
public class RequestOptions {

  private static final List<String> TIME_ZONES =
      List.of(
          "Asia/Shanghai",
          "Asia/Hong_Kong",
          "Asia/Taipei",
          "Asia/Singapore",
          "Asia/Tokyo",
          "Asia/Seoul",
          "Europe/London",
          "Europe/Rome",
          "America/New_York",
          "UTC");

  public Severity[] getSeverities() {
    return Severity.values();
  }

  public ContactMethod[] getContactMethods() {
    return ContactMethod.values();
  }

  public List<String> getTimeZones() {
    return TIME_ZONES;
  }

  public List<String> getLanguages() {
    return List.of("zh-CN", "en", "it");
  }
}
