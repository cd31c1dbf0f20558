/** The data generator for benchmarks and load tests. */
package com.vianet.partnersupport.batch.generate;
