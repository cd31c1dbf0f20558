/** The nightly escalation review: its job configuration, steps and tasklets. */
package com.vianet.partnersupport.batch.review;
