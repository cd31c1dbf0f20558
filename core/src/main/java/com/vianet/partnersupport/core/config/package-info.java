/** The settings the portal and the batch program share, and the database they point at. */
package com.vianet.partnersupport.core.config;
