package org.factdesk.identity;

import com.nulabinc.zxcvbn.Strength;
import com.nulabinc.zxcvbn.Zxcvbn;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The password rules, after NIST SP 800-63B: long enough, not too long to hash, and not a common or
 * easily guessed password — no composition rules ("one digit, one symbol"). "Easily guessed" is
 * zxcvbn's estimate, which knows the common-password lists and their variations ("Password1234",
 * keyboard walks, repeats, the user's own name).
 */
public final class PasswordPolicy {

  public static final int MIN_LENGTH = 12;
  public static final int MAX_LENGTH = 128;

  /** zxcvbn score 0..4; 3 means "safely unguessable: moderate protection from offline attacks". */
  private static final int MIN_SCORE = 3;

  /**
   * zxcvbn with its dictionaries, one for the JVM: each {@code new Zxcvbn()} loads every dictionary
   * again (about 90,000 words in hash maps, some 11 MB), and each pooled EJB instance that holds a
   * policy had its own, which filled a 512 MB heap (decision 0036). Safe to share: it only reads
   * its dictionaries, and each measurement works on objects of its own.
   */
  static final Zxcvbn ZXCVBN = new Zxcvbn();

  /** The estimator this policy measures with: the JVM's one ({@link #ZXCVBN}). */
  Zxcvbn estimator() {
    return ZXCVBN;
  }

  /**
   * Returns what is wrong with {@code password} for this user, or empty when it may be used.
   *
   * @param context words that must not make up the password: the user name first (which must not
   *     appear in it at all), then the display name
   */
  public Optional<String> problemWith(String password, String... context) {
    if (password == null || password.isEmpty()) {
      return Optional.of("Enter a password.");
    }
    int length = password.codePointCount(0, password.length());
    if (length < MIN_LENGTH) {
      return Optional.of(
          "The password is too short: " + length + " characters, at least " + MIN_LENGTH + ".");
    }
    if (length > MAX_LENGTH) {
      return Optional.of(
          "The password is too long: " + length + " characters, at most " + MAX_LENGTH + ".");
    }
    if (DemoAccounts.ALL.stream().anyMatch(account -> account.password().equals(password))) {
      return Optional.of(
          "That is one of the demo passwords printed in the README: choose another.");
    }
    List<String> words = new ArrayList<>(List.of("factdesk", "fact", "desk"));
    for (String word : context) {
      if (word != null && !word.isBlank()) {
        words.add(word);
      }
    }
    String lower = password.toLowerCase(Locale.ROOT);
    for (String word : List.of(words.get(0), context.length > 0 ? nonNull(context[0]) : "")) {
      if (word.length() >= 3 && lower.contains(word.toLowerCase(Locale.ROOT))) {
        return Optional.of("The password must not contain '" + word + "'.");
      }
    }
    Strength strength = ZXCVBN.measure(password, words);
    if (strength.getScore() < MIN_SCORE) {
      String warning = strength.getFeedback().getWarning();
      return Optional.of(
          "The password is too easy to guess"
              + (warning == null || warning.isBlank() ? "" : ": " + warning.replaceAll("\\.$", ""))
              + ". Use a longer phrase of unrelated words.");
    }
    return Optional.empty();
  }

  private static String nonNull(String text) {
    return text == null ? "" : text;
  }
}
