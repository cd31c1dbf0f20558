package com.vianet.partnersupport.portal.oidc;

import java.io.Serializable;

/**
 * The secrets of one sign-in in flight, kept in the session between the redirect to the provider
 * and its return: the state (against forged callbacks), the nonce (against replayed ID tokens) and
 * the PKCE verifier (against stolen codes).
 */
record PendingSignIn(String state, String nonce, String codeVerifier) implements Serializable {

  static final String KEY = PendingSignIn.class.getName();
}
