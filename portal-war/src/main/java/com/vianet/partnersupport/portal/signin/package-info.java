/** Checking a user name and password: throttling, lockout and the sign-in audit. */
package com.vianet.partnersupport.portal.signin;
