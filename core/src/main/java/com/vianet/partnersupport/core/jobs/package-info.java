/** The nightly review's runs as Spring Batch's job repository recorded them. */
package com.vianet.partnersupport.core.jobs;
