/** API tokens a partner admin creates and revokes for scripts. */
package com.vianet.partnersupport.portal.token;
