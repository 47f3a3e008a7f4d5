package org.factdesk.analysis.html;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What the words in an element's class and id are about, in a few groups the block model reads
 * (comments, related links, sharing, navigation…): {@code class="comment-body"} is in {@link
 * #COMMENT} and {@link #CONTENT}, {@code id="sidebar-2"} in {@link #SIDEBAR}. A word belongs to a
 * group when it starts with one of the group's stems ("commentlist" with "comment"); a stem of
 * three letters or fewer must be the whole word, digits aside ("ad2" but not "adobe"). Unlike
 * {@link BoilerplateHint}, which decides a flag's type, the groups only describe, so they may
 * overlap and cover words such as "meta" or "caption" that say nothing bad by themselves.
 */
enum NameGroup {
  CONTENT(
      "article",
      "content",
      "entry",
      "main",
      "post",
      "story",
      "body",
      "text",
      "blog",
      "prose",
      "hentry",
      "permalink",
      "single"),
  TITLE("title", "headline", "heading", "hed"),
  META("meta", "byline", "author", "date", "time", "posted", "dateline", "published", "info"),
  CAPTION("caption", "credit", "photo", "image", "img", "figure", "media", "gallery", "thumb"),
  COMMENT("comment", "disqus", "respond", "reply", "replies", "discussion", "dsq"),
  RELATED(
      "related",
      "recommend",
      "popular",
      "trending",
      "teaser",
      "mostread",
      "readnext",
      "more",
      "also",
      "recirculation",
      "latest",
      "headlines"),
  SHARE("share", "sharing", "social", "addthis", "facebook", "twitter", "tweet", "print", "email"),
  NAVIGATION(
      "nav",
      "navbar",
      "navi",
      "menu",
      "breadcrumb",
      "pagination",
      "pager",
      "skip",
      "tabs",
      "crumbs"),
  HEADER("header", "masthead", "topbar", "banner", "logo", "branding", "top"),
  FOOTER("footer", "foot", "bottom", "copyright", "colophon"),
  SIDEBAR("sidebar", "widget", "side", "rail", "aside", "column", "sidebox", "right", "left"),
  AD(
      "ad",
      "ads",
      "adslot",
      "adunit",
      "adsense",
      "adbox",
      "adwrap",
      "adcontainer",
      "advert",
      "promo",
      "sponsor",
      "adsbygoogle",
      "dfp",
      "gpt",
      "taboola",
      "outbrain",
      "affiliate",
      "partner",
      "commercial"),
  TAGS("tag", "category", "categories", "topics", "keywords", "labels", "filed"),
  SUBSCRIBE(
      "newsletter",
      "subscribe",
      "subscription",
      "signup",
      "login",
      "register",
      "cookie",
      "consent",
      "gdpr",
      "modal",
      "popup",
      "overlay",
      "search"),
  LEGAL("disclaimer", "legal", "license", "licence", "terms", "privacy"),
  HIDDEN("hidden", "hide", "invisible", "offscreen", "collapse", "dropdown", "tooltip");

  static final List<NameGroup> ALL = List.of(values());

  private final String[] stems;

  NameGroup(String... stems) {
    this.stems = stems;
  }

  int bit() {
    return 1 << ordinal();
  }

  /**
   * The groups of an element's class and id words as a bit set, 0 for none. {@code cache} holds the
   * answer per word for the page: class names repeat a lot within a page.
   */
  static int of(String[] words, Map<String, Integer> cache) {
    int mask = 0;
    for (String w : words) {
      Integer known = cache.get(w);
      if (known == null) {
        known = ofWord(w);
        cache.put(w, known);
      }
      mask |= known;
    }
    return mask;
  }

  static int ofWord(String word) {
    int mask = 0;
    for (NameGroup g : ALL) {
      if (g == COMMENT && word.equals("commented")) {
        // a post that has comments (Kinja's <article class="post hentry … commented">), not one
        // (decision 0078)
        continue;
      }
      for (String stem : g.stems) {
        if (word.startsWith(stem) && (stem.length() > 3 || digitsFrom(word, stem.length()))) {
          mask |= g.bit();
          break;
        }
      }
    }
    return mask;
  }

  /** True when {@code word} has only digits from {@code i} on: "ad2", not "adobe". */
  private static boolean digitsFrom(String word, int i) {
    for (int k = i; k < word.length(); k++) {
      char c = word.charAt(k);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  static Map<String, Integer> newCache() {
    return new HashMap<>();
  }
}
