package org.factdesk.identity;

import jakarta.security.enterprise.credential.Credential;

/** The code a person types at the second step of sign-in ({@code /login-code.xhtml}). */
public record SecondFactorCredential(String code) implements Credential {}
