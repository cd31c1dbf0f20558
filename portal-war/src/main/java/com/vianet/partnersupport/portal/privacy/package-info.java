/** A person's data exported or erased on request. */
package com.vianet.partnersupport.portal.privacy;
