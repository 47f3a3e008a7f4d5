/**
 * Who may do what: users and their roles, password rules and hashing, sign-in throttling, personal
 * API tokens, the second factor (TOTP), the cross-site checks at the door, the Jakarta Security
 * identity store and authentication mechanism, and the accounts created at the first start (demo
 * users, or the admin from configuration), and the security log (sign-ins, failed sign-ins,
 * sign-outs, denied access). See docs/decisions/0003 and 0019.
 */
package org.factdesk.identity;
