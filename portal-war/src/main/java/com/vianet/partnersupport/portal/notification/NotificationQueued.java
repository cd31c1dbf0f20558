package com.vianet.partnersupport.portal.notification;

/** Fired when a notification joins the outbox; observed after the transaction commits. */
public record NotificationQueued() {}
