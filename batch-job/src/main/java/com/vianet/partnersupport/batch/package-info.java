/** The batch program: its commands, the schedule and the status of the runs. */
package com.vianet.partnersupport.batch;
