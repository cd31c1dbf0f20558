package com.vianet.partnersupport.portal.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.util.Set;

/**
 * Who signed in on this session and with which roles, kept in the session so every later request
 * hands the container the name and the roles explicitly. Payara 6 shares one default security
 * context between request threads, so Jakarta Security's own session re-use (which passes the
 * principal alone and lets the container find its roles) lost the roles under concurrent sessions
 * and pages answered 403 (payara/Payara#6145, fixed only after the last Payara 6 on Maven Central).
 */
record SignedInCaller(String name, Set<String> groups) implements Serializable {

  private static final String KEY = SignedInCaller.class.getName();

  void keepIn(HttpServletRequest request) {
    request.getSession().setAttribute(KEY, this);
  }

  static SignedInCaller in(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    return session == null ? null : (SignedInCaller) session.getAttribute(KEY);
  }
}
