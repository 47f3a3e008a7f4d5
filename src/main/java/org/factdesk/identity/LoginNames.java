package org.factdesk.identity;

import com.nulabinc.zxcvbn.Pattern;
import com.nulabinc.zxcvbn.matchers.Match;
import java.util.List;

/**
 * What the logs may say about a user name someone typed. People type their password into the name
 * field; a name that is no account and looks like a password is not written down (ASVS 7.1.1).
 */
public final class LoginNames {

  /** The shape of a user name ({@link UserService} enforces it on creation). */
  static final java.util.regex.Pattern USERNAME =
      java.util.regex.Pattern.compile("[a-z0-9][a-z0-9._-]{1,63}");

  public static final String WITHHELD = "(unknown name withheld: it may be a password)";

  private LoginNames() {}

  /**
   * The name to log: an existing account's name as is; an unknown one only when it has the shape of
   * a user name (no capitals, spaces or symbols) and is not a passphrase of three or more words
   * ("editor.smith-2024" is logged, "harbour-lamp-42-stone" is not). zxcvbn's dictionaries tell the
   * words; a random suffix ("ghost-3fa9c1") is not taken for one.
   */
  public static String loggable(String typed, boolean isAccount) {
    String name = typed == null ? "" : typed.strip();
    if (isAccount) {
      return name;
    }
    if (!USERNAME.matcher(name).matches() || words(name) >= 3) {
      return WITHHELD;
    }
    return Authenticator.printable(name);
  }

  /** How many of the parts between separators and digits are each one dictionary word. */
  static int words(String name) {
    int words = 0;
    for (String part : name.split("[-._0-9]+")) {
      if (part.length() >= 3) {
        List<Match> sequence = PasswordPolicy.ZXCVBN.measure(part).getSequence();
        if (sequence.size() == 1 && sequence.get(0).pattern == Pattern.Dictionary) {
          words++;
        }
      }
    }
    return words;
  }
}
