package org.factdesk.api;

/** The body of every error answer: the status again and a message a person can act on. */
public record ApiError(int status, String message) {}
