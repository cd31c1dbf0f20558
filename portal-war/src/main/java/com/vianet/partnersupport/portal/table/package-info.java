/** Lazy tables paged, sorted and filtered in SQL. */
package com.vianet.partnersupport.portal.table;
