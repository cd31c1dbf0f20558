/** The demo data and the load generator, written with plain JDBC. */
package com.vianet.partnersupport.core.demo;
