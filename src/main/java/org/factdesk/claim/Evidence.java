package org.factdesk.claim;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/** A source a verdict rests on: a web link with a title and an optional note. */
@Embeddable
public class Evidence {

  static final int MAX_URL = 2000;
  static final int MAX_TITLE = 300;
  static final int MAX_NOTE = 2000;

  @Column(nullable = false, length = MAX_URL)
  private String url;

  @Column(nullable = false, length = MAX_TITLE)
  private String title;

  @Column(length = MAX_NOTE)
  private String note;

  protected Evidence() {}

  /**
   * Checked evidence; {@code label} names it in messages ("evidence 2").
   *
   * @throws ClaimException naming the field that is wrong
   */
  static Evidence of(String url, String title, String note, String label) {
    Evidence evidence = new Evidence();
    evidence.url = checkedUrl(url, label);
    evidence.title = required(title, label + ": title", MAX_TITLE);
    evidence.note = optional(note, label + ": note", MAX_NOTE);
    return evidence;
  }

  private static String checkedUrl(String value, String label) {
    String url = required(value, label + ": link", MAX_URL);
    try {
      URI uri = new URI(url);
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      if (!scheme.equals("http") && !scheme.equals("https")) {
        throw new ClaimException(
            label + ": the link must start with http:// or https:// (it is \"" + url + "\").");
      }
      if (uri.getHost() == null || uri.getHost().isBlank()) {
        throw new ClaimException(label + ": the link \"" + url + "\" names no web site.");
      }
    } catch (URISyntaxException e) {
      throw new ClaimException(
          label + ": \"" + url + "\" is not a valid link (" + e.getReason() + ").");
    }
    return url;
  }

  static String required(String value, String field, int max) {
    String v = value == null ? "" : value.strip();
    if (v.isEmpty()) {
      throw new ClaimException(capitalised(field) + " is required.");
    }
    return limited(v, field, max);
  }

  static String optional(String value, String field, int max) {
    String v = value == null ? "" : value.strip();
    return v.isEmpty() ? null : limited(v, field, max);
  }

  private static String limited(String v, String field, int max) {
    if (v.length() > max) {
      throw new ClaimException(
          capitalised(field)
              + " may hold at most "
              + max
              + " characters; it has "
              + v.length()
              + ".");
    }
    return v;
  }

  private static String capitalised(String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  public String getUrl() {
    return url;
  }

  public String getTitle() {
    return title;
  }

  public String getNote() {
    return note;
  }
}
