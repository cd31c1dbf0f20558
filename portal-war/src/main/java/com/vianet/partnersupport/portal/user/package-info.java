/** The people who sign in. */
package com.vianet.partnersupport.portal.user;
