package org.factdesk.analysis.meta;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The site's own name as the importer knows it: from the article's address ("WSJ" on
 * online.wsj.com, "CBS News" on cbsnews.com, "washingtonpost.com") and from the outlet it gave. A
 * line that is only that name is an outlet line, {@code FlagType.METADATA} by the type's
 * definition, wherever on the page it stands (decision 0057). Compared by letters and digits only,
 * lower case.
 */
public final class SiteName {
  /** Nothing known: no line is the site's name. */
  public static final SiteName NONE = new SiteName(null, null, null);

  /** Labels under a country's suffix that are no name ("co" of bbc.co.uk). */
  private static final Set<String> SECOND_LEVEL =
      Set.of("co", "com", "org", "net", "ac", "gov", "edu");

  /** Host names that are also a menu's words ("News" on news.com.au is a menu entry). */
  private static final Set<String> SECTION_WORDS =
      Set.of("news", "blog", "blogs", "home", "online", "web", "mail");

  /** Host labels of blogging and publishing platforms, which name no outlet. */
  private static final Set<String> PLATFORMS =
      Set.of(
          "typepad",
          "blogspot",
          "wordpress",
          "posterous",
          "tumblr",
          "blogger",
          "livejournal",
          "medium",
          "substack",
          "squarespace",
          "wixsite",
          "weebly");

  private final String host;
  private final String wholeHost;
  private final String stem;
  private final String outlet;

  private SiteName(String host, String stem, String outlet) {
    this.host = host;
    this.wholeHost = host == null ? null : letters(host);
    this.stem = stem;
    this.outlet = outlet;
  }

  /**
   * The name of the site at {@code url} (an address, with or without its scheme, or a bare host),
   * and the outlet's name when given; either may be null.
   */
  public static SiteName of(String url, String outlet) {
    String host = host(url);
    String stem = host == null ? null : stem(host);
    String name = outlet == null ? "" : letters(outlet.strip().replaceFirst("(?i)^the\\s+", ""));
    boolean named = name.length() >= 3 && !SECTION_WORDS.contains(name);
    if (host == null && !named) {
      return NONE;
    }
    return new SiteName(host, stem, named ? name : null);
  }

  /** The host the name was read from, without "www.", or null. */
  public String host() {
    return host;
  }

  public boolean known() {
    return host != null || outlet != null;
  }

  /**
   * Whether the line, letters and digits only, is the site's name: the host without "www." (dots
   * dropped), its name under the public suffix ("wsj" of online.wsj.com, "bbc" of bbc.co.uk), that
   * name after "The", or the outlet's name with or without "The". A name of two letters or a common
   * section word names nothing.
   */
  public boolean matches(String line) {
    if (!known()) {
      return false;
    }
    String name = letters(line);
    if (name.isEmpty()) {
      return false;
    }
    if (name.equals(wholeHost)
        || outlet != null && (name.equals(outlet) || name.equals("the" + outlet))) {
      return true;
    }
    return stem != null && (name.equals(stem) || name.equals("the" + stem));
  }

  /**
   * Whether the line carries the host's own name, more loosely than {@link #matches}: its letters
   * hold a label of the host of five letters or more ("Everyday Food Blog" on
   * everydayfoodblog.marthastewart.com), or a word of five letters or more of the line is part of
   * one ("Joe McNally Photography" on joemcnally.com). A blogging platform's label ("typepad") and
   * the public suffix count for nothing. A line that does is taken for the outlet's name when it
   * stands where the outlet stands (decision 0061).
   */
  public boolean echoes(String line) {
    if (matches(line)) {
      return true;
    }
    if (host == null) {
      return false;
    }
    String name = letters(line);
    List<String> words = new ArrayList<>();
    for (String w : line.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
      if (w.length() >= 5) {
        words.add(w);
      }
    }
    for (String label : host.split("[.-]")) {
      if (label.length() < 5 || PLATFORMS.contains(label) || SECTION_WORDS.contains(label)) {
        continue;
      }
      if (name.contains(label)) {
        return true;
      }
      for (String w : words) {
        if (label.contains(w)) {
          return true;
        }
      }
    }
    return false;
  }

  /** The host of an address, lower case and without "www.", or null. */
  static String host(String url) {
    if (url == null || url.isBlank()) {
      return null;
    }
    String s = url.strip();
    int scheme = s.indexOf("://");
    if (scheme >= 0) {
      s = s.substring(scheme + 3);
    }
    int end = s.length();
    for (char stop : new char[] {'/', '?', '#', ':'}) {
      int at = s.indexOf(stop);
      if (at >= 0 && at < end) {
        end = at;
      }
    }
    String host = s.substring(s.lastIndexOf('@', end - 1) + 1, end);
    if (host.isEmpty() || !host.contains(".")) {
      return null;
    }
    host = host.toLowerCase(Locale.ROOT);
    return host.startsWith("www.") ? host.substring(4) : host;
  }

  /** The site's name under the public suffix, or null when it is too short or a section word. */
  private static String stem(String host) {
    List<String> labels = new ArrayList<>(List.of(host.split("\\.")));
    labels.remove(labels.size() - 1);
    if (labels.size() >= 2 && SECOND_LEVEL.contains(labels.get(labels.size() - 1))) {
      labels.remove(labels.size() - 1);
    }
    if (labels.isEmpty()) {
      return null;
    }
    String stem = letters(labels.get(labels.size() - 1));
    return stem.length() < 3 || SECTION_WORDS.contains(stem) ? null : stem;
  }

  private static String letters(String s) {
    return s.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
  }
}
