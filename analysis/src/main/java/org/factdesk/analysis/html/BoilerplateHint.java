package org.factdesk.analysis.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.factdesk.analysis.FlagType;
import org.jsoup.nodes.Element;

/**
 * What an element's tag, role, class and id say about it, in the manner of trafilatura's and
 * Readability's class/id patterns: boilerplate of some type, likely content, or nothing.
 */
final class BoilerplateHint {
  private static final Set<String> RELATED =
      Set.of(
          "related",
          "recommended",
          "recommendation",
          "recommendations",
          "popular",
          "trending",
          "teaser",
          "teasers",
          "mostread",
          "readnext",
          "morestories",
          "also",
          "recirculation",
          "more");
  private static final String[] CHROME_PREFIX = {
    "share",
    "sharing",
    "social",
    "newsletter",
    "subscribe",
    "subscription",
    "signup",
    "navbar",
    "navigation",
    "breadcrumb",
    "cookie",
    "consent",
    "footer",
    "sidebar",
    "widget",
    "toolbar",
    "login",
    "search",
    "pagination",
    "masthead",
    "topbar",
    "menu",
    "byline-share"
  };
  private static final Set<String> CHROME_EXACT =
      Set.of(
          "nav",
          "gdpr",
          "tags",
          "pager",
          "comment",
          "comments",
          "commentlist",
          "commentform",
          "respond",
          "disqus");
  private static final String[] PROMO_PREFIX = {
    "promo", "sponsor", "advert", "affiliate", "outbrain", "taboola", "partner", "adsbygoogle"
  };
  private static final Set<String> PROMO_EXACT =
      Set.of("ad", "ads", "adslot", "adunit", "dfp", "gpt");
  private static final String[] LEGAL_PREFIX = {
    "copyright", "disclaimer", "legal", "license", "licence"
  };
  private static final Set<String> LEGAL_EXACT = Set.of("terms", "privacy");
  private static final Set<String> POSITIVE =
      Set.of(
          "article", "content", "entry", "main", "post", "story", "body", "text", "blog", "prose",
          "hentry");

  private BoilerplateHint() {}

  /** The boilerplate type an element announces, or null. */
  static FlagType of(Element e) {
    return of(e, e.attributesSize() == 0 ? NO_TOKENS : tokens(e));
  }

  /**
   * {@link #of(Element)} with the element's class and id words already split by {@link #tokens}.
   */
  static FlagType of(Element e, String[] tokens) {
    String tag = e.normalName();
    if (e.attributesSize() == 0) {
      return byTag(tag); // most elements: no role, class or id to read
    }
    String role = e.attr("role").toLowerCase(Locale.ROOT);
    switch (role) {
      case "navigation", "banner", "search" -> {
        return FlagType.SITE_CHROME;
      }
      case "contentinfo" -> {
        return FlagType.SITE_CHROME;
      }
      default -> {}
    }
    FlagType byName = byClassAndId(tokens);
    if (byName != null) {
      return byName;
    }
    return byTag(tag);
  }

  private static FlagType byTag(String tag) {
    return switch (tag) {
      case "nav", "footer", "form", "menu" -> FlagType.SITE_CHROME;
      case "aside" -> FlagType.RELATED_LINKS;
      default -> null;
    };
  }

  /** True when class or id suggests article content (used for scoring, not flagging). */
  static boolean positive(Element e) {
    for (String token : tokens(e)) {
      if (POSITIVE.contains(token)) {
        return true;
      }
    }
    return false;
  }

  private static FlagType byClassAndId(String[] tokens) {
    FlagType found = null;
    for (String t : tokens) {
      FlagType type = classify(t);
      if (type != null && (found == null || priority(type) > priority(found))) {
        found = type;
      }
    }
    return found;
  }

  private static int priority(FlagType t) {
    return switch (t) {
      case PROMOTIONAL -> 4;
      case RELATED_LINKS -> 3;
      case LEGAL_NOTICE -> 2;
      default -> 1;
    };
  }

  /** The boilerplate type one class or id word announces, or null. */
  static FlagType ofToken(String t) {
    return classify(t);
  }

  private static FlagType classify(String t) {
    if (t.isEmpty()) {
      return null;
    }
    if (RELATED.contains(t) || t.startsWith("related") || t.startsWith("recommend")) {
      return FlagType.RELATED_LINKS;
    }
    if (PROMO_EXACT.contains(t) || startsWithAny(t, PROMO_PREFIX)) {
      return FlagType.PROMOTIONAL;
    }
    if (LEGAL_EXACT.contains(t) || startsWithAny(t, LEGAL_PREFIX)) {
      return FlagType.LEGAL_NOTICE;
    }
    if (CHROME_EXACT.contains(t) || startsWithAny(t, CHROME_PREFIX)) {
      return FlagType.SITE_CHROME;
    }
    return null;
  }

  private static boolean startsWithAny(String t, String[] prefixes) {
    for (String p : prefixes) {
      if (t.startsWith(p)) {
        return true;
      }
    }
    return false;
  }

  static final String[] NO_TOKENS = new String[0];

  /**
   * The lower-case runs of letters and digits of the class and id attributes ("related-posts
   * sidebar" gives related, posts, sidebar). A hand-written split: this runs for every element of
   * the page, and a regular-expression split showed in profiles.
   */
  static String[] tokens(Element e) {
    String className = e.className();
    String id = e.id();
    if (className.isEmpty() && id.isEmpty()) {
      return NO_TOKENS;
    }
    String names = (className + " " + id).toLowerCase(Locale.ROOT);
    List<String> out = new ArrayList<>(4);
    int n = names.length();
    int i = 0;
    while (i < n) {
      while (i < n && !isTokenChar(names.charAt(i))) {
        i++;
      }
      int start = i;
      while (i < n && isTokenChar(names.charAt(i))) {
        i++;
      }
      if (i > start) {
        out.add(names.substring(start, i));
      }
    }
    return out.toArray(NO_TOKENS);
  }

  private static boolean isTokenChar(char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
  }

  /** A short description such as {@code <aside class="related-posts">} for reasons. */
  static String describe(Element e) {
    StringBuilder sb = new StringBuilder("<").append(e.normalName());
    if (!e.id().isEmpty()) {
      sb.append(" id=\"").append(shorten(e.id())).append('"');
    }
    if (!e.className().isEmpty()) {
      sb.append(" class=\"").append(shorten(e.className())).append('"');
    }
    if (!e.attr("role").isEmpty()) {
      sb.append(" role=\"").append(shorten(e.attr("role"))).append('"');
    }
    return sb.append('>').toString();
  }

  private static String shorten(String s) {
    return s.length() <= 40 ? s : s.substring(0, 37) + "...";
  }
}
