/** The Reports pages: stored weekly workbooks, generation on demand and the job runs. */
package com.vianet.partnersupport.portal.report;
