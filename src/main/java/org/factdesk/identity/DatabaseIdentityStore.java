package org.factdesk.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;

/** The Jakarta Security identity store: users, password hashes and roles from the database. */
@ApplicationScoped
public class DatabaseIdentityStore implements IdentityStore {

  @Inject private Authenticator authenticator;

  @Override
  public CredentialValidationResult validate(Credential credential) {
    if (!(credential instanceof UsernamePasswordCredential login)) {
      return CredentialValidationResult.NOT_VALIDATED_RESULT;
    }
    LoginOutcome outcome =
        authenticator.authenticate(login.getCaller(), login.getPasswordAsString());
    // A password alone is not enough for a user with a second factor: the mechanism asks for it.
    if (!outcome.isValid() || outcome.secondFactor() != LoginOutcome.SecondFactor.NONE) {
      return CredentialValidationResult.INVALID_RESULT;
    }
    return new CredentialValidationResult(outcome.username(), outcome.roles());
  }
}
