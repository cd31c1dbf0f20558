package com.vianet.partnersupport.portal.notification;

/**
 * Who gets an e-mail, the language to write it in (a BCP 47 tag such as zh-CN) and the time zone
 * its times are written in.
 */
public record Recipient(String email, String languageTag, String timeZone) {}
