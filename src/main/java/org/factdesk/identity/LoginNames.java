package org.factdesk.identity;

import com.nulabinc.zxcvbn.Zxcvbn;
import java.util.regex.Pattern;

/**
 * What the logs may say about a user name someone typed. People type their password into the name
 * field; a name that is no account and looks like a password is not written down (ASVS 7.1.1).
 */
public final class LoginNames {

  /** The shape of a user name ({@link UserService} enforces it on creation). */
  static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{1,63}");

  public static final String WITHHELD = "(unknown name withheld: it may be a password)";

  private static final Zxcvbn ZXCVBN = new Zxcvbn();
  private static final double PASSPHRASE_GUESSES_LOG10 = 13;

  private LoginNames() {}

  /**
   * The name to log: an existing account's name as is; an unknown one only when it has the shape of
   * a user name (no capitals, spaces or symbols) and zxcvbn does not take it for a passphrase
   * (fewer than 10^13 guesses: "maria.gonzalez" and "editor.smith-2024" are logged,
   * "harbour-lamp-42-stone" is not).
   */
  public static String loggable(String typed, boolean isAccount) {
    String name = typed == null ? "" : typed.strip();
    if (isAccount) {
      return name;
    }
    if (!USERNAME.matcher(name).matches()
        || name.length() >= PasswordPolicy.MIN_LENGTH
            && Math.log10(ZXCVBN.measure(name).getGuesses()) >= PASSPHRASE_GUESSES_LOG10) {
      return WITHHELD;
    }
    return Authenticator.printable(name);
  }
}
