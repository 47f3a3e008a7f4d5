/**
 * The REST doors under {@code /api}: JSON in and out, roles checked on every call, in the OpenAPI
 * document.
 */
package org.factdesk.api;
