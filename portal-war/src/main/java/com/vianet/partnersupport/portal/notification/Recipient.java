package com.vianet.partnersupport.portal.notification;

/** Who gets an e-mail, and the language to write it in (a BCP 47 tag such as zh-CN). */
public record Recipient(String email, String languageTag) {}
