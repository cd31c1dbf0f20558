/** A partner's customers, their subscriptions and the cloud services they use. */
package com.vianet.partnersupport.portal.customer;
