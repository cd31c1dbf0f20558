/** Roles, the role × action matrix, password hashes, sign-in throttling and API token secrets. */
package com.vianet.partnersupport.core.user;
