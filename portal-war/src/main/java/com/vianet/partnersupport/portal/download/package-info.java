/** The record of every download of a file that may hold personal data. */
package com.vianet.partnersupport.portal.download;
