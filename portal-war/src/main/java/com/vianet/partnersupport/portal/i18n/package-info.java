/**
 * English, Italian and Simplified Chinese: the language selection, the bundles and validation
 * messages.
 */
package com.vianet.partnersupport.portal.i18n;
