package org.factdesk.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
}
