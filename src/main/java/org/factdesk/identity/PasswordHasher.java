package org.factdesk.identity;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.Map;

/**
 * PBKDF2 password hashes through Jakarta Security's {@link Pbkdf2PasswordHash}. The stored form
 * carries algorithm, iterations and salt, so the parameters can be raised later without
 * invalidating existing hashes.
 */
@ApplicationScoped
public class PasswordHasher {

  /** OWASP's 2023 figure for PBKDF2-HMAC-SHA512. */
  static final int ITERATIONS = 210_000;

  /** A hash of nothing in particular, verified against when the user does not exist. */
  private String decoyHash;

  @Inject private Pbkdf2PasswordHash pbkdf2;

  @PostConstruct
  void configure() {
    pbkdf2.initialize(
        Map.of(
            "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA512",
            "Pbkdf2PasswordHash.Iterations", String.valueOf(ITERATIONS),
            "Pbkdf2PasswordHash.SaltSizeBytes", "32",
            "Pbkdf2PasswordHash.KeySizeBytes", "64"));
    decoyHash = pbkdf2.generate("decoy password for unknown users".toCharArray());
  }

  public String hash(String password) {
    return pbkdf2.generate(password.toCharArray());
  }

  public boolean matches(String password, String storedHash) {
    return pbkdf2.verify(password.toCharArray(), storedHash);
  }

  /**
   * Spends the same time as a real check, so that an unknown user name cannot be told from a wrong
   * password by the response time.
   */
  public void matchDecoy(String password) {
    pbkdf2.verify(password.toCharArray(), decoyHash);
  }
}
