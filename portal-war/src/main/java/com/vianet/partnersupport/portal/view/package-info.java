/** How pages behave as views: what happens when a session no longer keeps a page's view. */
package com.vianet.partnersupport.portal.view;
