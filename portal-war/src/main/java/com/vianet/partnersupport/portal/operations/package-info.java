/**
 * For operators: the server's readiness for the balancer, metrics, and the nightly review watched
 * (mail and health when it failed or is late).
 */
package com.vianet.partnersupport.portal.operations;
