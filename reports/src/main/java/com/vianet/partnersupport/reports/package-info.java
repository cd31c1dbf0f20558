/** The weekly Excel workbooks, written with POI (streaming for the large ones). */
package com.vianet.partnersupport.reports;
