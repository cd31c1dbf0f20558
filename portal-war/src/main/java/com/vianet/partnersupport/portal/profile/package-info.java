/** The partner's support profile: how its customers reach it. */
package com.vianet.partnersupport.portal.profile;
