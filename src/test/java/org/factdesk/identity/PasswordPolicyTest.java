package org.factdesk.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PasswordPolicyTest {

  private final PasswordPolicy cut = new PasswordPolicy();

  @Test
  void refusesShortPasswordsAndSaysHowShort() {
    Optional<String> problem = cut.problemWith("short-pass1", "someone");
    assertEquals(Optional.of("The password is too short: 11 characters, at least 12."), problem);
  }

  @Test
  void countsCharactersNotBytes() {
    // Twelve characters, some of them outside the Basic Multilingual Plane.
    String twelve = "🦊🦉🐙 tiger moth lake";
    assertTrue(twelve.codePointCount(0, twelve.length()) >= 12);
    assertEquals(Optional.empty(), cut.problemWith(twelve, "someone"));
  }

  @Test
  void refusesPasswordsOver128Characters() {
    String tooLong = "correct horse battery staple ".repeat(5);
    assertTrue(cut.problemWith(tooLong, "someone").orElseThrow().contains("too long"));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "password1234",
        "123456789012",
        "qwertyuiopasdf",
        "aaaaaaaaaaaaaaa",
        "iloveyou12345",
        "Password12345!"
      })
  void refusesCommonAndEasilyGuessedPasswords(String common) {
    assertTrue(
        cut.problemWith(common, "someone")
            .orElseThrow()
            .startsWith("The password is too easy to guess"),
        common);
  }

  @Test
  void refusesAPasswordContainingTheUserName() {
    assertEquals(
        Optional.of("The password must not contain 'whitfield'."),
        cut.problemWith("Orchard Whitfield Lantern", "whitfield"));
  }

  @Test
  void refusesAPasswordContainingTheApplicationName() {
    assertEquals(
        Optional.of("The password must not contain 'factdesk'."),
        cut.problemWith("my-FactDesk-2025-login", "someone"));
  }

  @Test
  void acceptsALongPhraseWithoutCompositionRules() {
    assertEquals(Optional.empty(), cut.problemWith("violet ferry under glass", "someone"));
  }

  @Test
  void refusesAnEmptyPassword() {
    assertEquals(Optional.of("Enter a password."), cut.problemWith("", "someone"));
  }

  @Test
  void theDemoPasswordsOfTheReadmeAreRefused() {
    for (DemoAccounts.Account account : DemoAccounts.ALL) {
      assertEquals(
          Optional.of("That is one of the demo passwords printed in the README: choose another."),
          new PasswordPolicy().problemWith(account.password(), "someone"));
    }
  }

  /**
   * Every policy (one per pooled EJB instance of UserService and AccountSetup) measures with the
   * JVM's one zxcvbn: each of its own held some 11 MB of dictionaries and filled a 512 MB heap.
   */
  @Test
  void everyPolicySharesOneSetOfDictionaries() {
    assertSame(new PasswordPolicy().estimator(), new PasswordPolicy().estimator());
  }

  /** Shared by many threads at once, the estimator gives each the verdict it gives alone. */
  @Test
  void theSharedEstimatorGivesTheSameVerdictsFromManyThreadsAtOnce() throws Exception {
    List<String> passwords =
        List.of("Password1234", "quiet harbour lantern seven", "qwertyuiop12", "Tr0ub4dor&3xx");
    List<Optional<String>> alone =
        passwords.stream().map(p -> cut.problemWith(p, "someone")).toList();
    var pool = java.util.concurrent.Executors.newFixedThreadPool(8);
    try {
      List<java.util.concurrent.Future<List<Optional<String>>>> runs = new java.util.ArrayList<>();
      for (int t = 0; t < 16; t++) {
        runs.add(
            pool.submit(
                () ->
                    passwords.stream()
                        .map(p -> new PasswordPolicy().problemWith(p, "someone"))
                        .toList()));
      }
      for (var run : runs) {
        assertEquals(alone, run.get());
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
