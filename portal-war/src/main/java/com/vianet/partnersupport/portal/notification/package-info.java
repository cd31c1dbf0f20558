/**
 * E-mail notifications: written to an outbox in the change's transaction, sent after it commits.
 */
package com.vianet.partnersupport.portal.notification;
