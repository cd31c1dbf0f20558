/**
 * Support requests as the domain knows them: kinds, categories, statuses and their moves,
 * severities, resolutions, attachment policy.
 */
package com.vianet.partnersupport.core.request;
