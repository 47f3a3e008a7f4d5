/**
 * Who may do what: users and their roles, password rules and hashing, the login lockout, the
 * Jakarta Security identity store and authentication mechanism, and the accounts created at the
 * first start (demo users, or the admin from configuration).
 */
package org.factdesk.identity;
