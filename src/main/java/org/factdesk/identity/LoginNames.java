package org.factdesk.identity;

import com.nulabinc.zxcvbn.Zxcvbn;
import java.util.Locale;
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

  private LoginNames() {}

  /**
   * The name to log: an existing account's name as is; an unknown one only when it has the shape of
   * a user name and is easy to guess (a password is not: the policy asks for a strong one).
   */
  public static String loggable(String typed, boolean isAccount) {
    String name = typed == null ? "" : typed.strip();
    if (isAccount) {
      return name;
    }
    if (!USERNAME.matcher(name.toLowerCase(Locale.ROOT)).matches()
        || name.length() >= PasswordPolicy.MIN_LENGTH && ZXCVBN.measure(name).getScore() >= 3) {
      return WITHHELD;
    }
    return Authenticator.printable(name);
  }
}
