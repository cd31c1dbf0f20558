package com.vianet.partnersupport.portal.notification;

import com.vianet.partnersupport.core.config.Settings;
import java.util.Optional;
import java.util.Properties;

/**
 * Where e-mails go, from the same settings as the database ({@code partner-support.smtp.*}). No
 * host means no sending: notifications wait in the outbox until one is configured.
 */
record MailSettings(
    Optional<String> host,
    int port,
    String from,
    Optional<String> username,
    String password,
    boolean startTls) {

  static MailSettings fromEnvironment() {
    Settings settings = Settings.fromEnvironment();
    return new MailSettings(
        settings.get("smtp.host").filter(h -> !h.isBlank()),
        Integer.parseInt(settings.get("smtp.port", "25")),
        settings.get("smtp.from", "partner-support@21vianet.example.cn"),
        settings.get("smtp.username").filter(u -> !u.isBlank()),
        settings.get("smtp.password", ""),
        settings.flag("smtp.starttls", false));
  }

  Properties sessionProperties() {
    Properties properties = new Properties();
    properties.put("mail.smtp.host", host.orElseThrow());
    properties.put("mail.smtp.port", Integer.toString(port));
    properties.put("mail.smtp.auth", Boolean.toString(username.isPresent()));
    properties.put("mail.smtp.starttls.enable", Boolean.toString(startTls));
    // A stuck server must not hold the sender for long.
    properties.put("mail.smtp.connectiontimeout", "10000");
    properties.put("mail.smtp.timeout", "10000");
    properties.put("mail.smtp.writetimeout", "10000");
    return properties;
  }
}
