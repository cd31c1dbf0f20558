/** The database schema, changed only by the Flyway migrations applied at start-up. */
package com.vianet.partnersupport.core.schema;
