package com.vianet.partnersupport.portal.request;

import java.io.Serializable;

/** Who makes a change: written into the request's history. */
public record Actor(Long userId, String name) implements Serializable {}
