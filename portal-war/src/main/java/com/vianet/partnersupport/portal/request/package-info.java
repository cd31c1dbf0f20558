/**
 * Partner Center requests: the partner's own requests to 21Vianet, their attachments and timeline.
 */
package com.vianet.partnersupport.portal.request;
