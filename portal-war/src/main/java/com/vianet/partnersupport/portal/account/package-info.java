/**
 * Accounts people administer themselves: invitations and password links that work once, the
 * password policy, partner admins' and 21Vianet administrators' user administration, partners and
 * their tenants, and the history of who changed which account.
 */
package com.vianet.partnersupport.portal.account;
