package org.factdesk.identity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.factdesk.platform.BaseEntity;

/**
 * Something that happened at the door: a sign-in, a failed sign-in (with the user name tried, never
 * the password), a sign-out, or access denied to a signed-in user. Written once, never changed.
 */
@Entity
@Table(name = "security_event")
public class SecurityEvent extends BaseEntity {

  /** What happened. */
  public enum Kind {
    LOGIN("Signed in"),
    LOGIN_FAILED("Sign-in failed"),
    LOGOUT("Signed out"),
    ACCESS_DENIED("Access denied");

    private final String label;

    Kind(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }

  /**
   * How the person came in: the login page (and its code step), HTTP Basic or a personal API token
   * on a REST call, or a page or call.
   */
  public enum Channel {
    FORM,
    BASIC,
    TOKEN,
    PAGE,
    API
  }

  static final int MAX_NAME = 64;
  static final int MAX_TEXT = 1000;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 32)
  private Kind kind;

  @Column(length = MAX_NAME)
  private String username;

  @Enumerated(EnumType.STRING)
  @Column(length = 16)
  private Channel channel;

  @Column(length = MAX_TEXT)
  private String path;

  @Column(length = MAX_TEXT)
  private String detail;

  @Column(name = "remote_address", length = 64)
  private String remoteAddress;

  protected SecurityEvent() {}

  SecurityEvent(
      Kind kind,
      String username,
      Channel channel,
      String path,
      String detail,
      String remoteAddress) {
    this.kind = kind;
    this.username = clip(printable(username), MAX_NAME);
    this.channel = channel;
    this.path = clip(printable(path), MAX_TEXT);
    this.detail = clip(printable(detail), MAX_TEXT);
    this.remoteAddress = clip(remoteAddress, 64);
  }

  /** Text as typed by anyone may hold control characters: kept on one line. */
  static String printable(String text) {
    return text == null ? null : text.replaceAll("\\p{Cntrl}", "?");
  }

  static String clip(String text, int max) {
    return text == null || text.length() <= max ? text : text.substring(0, max - 1) + "…";
  }

  public Kind getKind() {
    return kind;
  }

  public String getUsername() {
    return username;
  }

  public Channel getChannel() {
    return channel;
  }

  public String getPath() {
    return path;
  }

  public String getDetail() {
    return detail;
  }

  public String getRemoteAddress() {
    return remoteAddress;
  }
}
