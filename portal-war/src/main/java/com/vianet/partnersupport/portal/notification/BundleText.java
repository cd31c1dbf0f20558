package com.vianet.partnersupport.portal.notification;

/** An e-mail argument written in the recipient's language: a key of the portal's bundle. */
public record BundleText(String key) {}
