/** Who is asking: the authentication mechanism, the caller's scope and roles, security headers. */
package com.vianet.partnersupport.portal.security;
