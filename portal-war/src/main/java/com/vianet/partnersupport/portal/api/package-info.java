/** The REST API, shaped like Partner Center's ServiceRequest resource. */
package com.vianet.partnersupport.portal.api;
