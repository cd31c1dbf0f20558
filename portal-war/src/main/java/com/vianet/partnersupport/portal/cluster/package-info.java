/** Running as several servers on one database: work on a timer done once, whoever runs it. */
package com.vianet.partnersupport.portal.cluster;
