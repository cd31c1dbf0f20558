/** The partner outlier rule, which compares partners with each other: the nightly job's alone. */
package com.vianet.partnersupport.batch.review.rules;
