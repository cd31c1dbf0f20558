/** Start-up: the data source, the schema migration and the demo. */
package com.vianet.partnersupport.portal.config;
