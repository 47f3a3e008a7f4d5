package org.factdesk.analysis.bench;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Deterministic synthetic inputs for {@link EngineBenchmark}: HTML news pages and plain-text
 * articles made from an invented vocabulary, shaped like what the importer sees (page furniture,
 * figures, quotes, related links, comments; header lines, sections and inserts in text). The same
 * seed always gives the same bytes, so figures from different runs and machines are comparable.
 */
final class SyntheticArticles {
  private static final String[] NOUNS = {
    "council", "ministry", "reservoir", "pipeline", "harbour", "railway", "budget", "tariff",
    "refinery", "vaccine", "election", "drought", "turbine", "factory", "tribunal", "satellite",
    "wetland", "bridge", "regulator", "exporter", "airline", "hospital", "district", "treaty",
    "shipyard", "forecast", "inquiry", "network", "province", "mining", "orchard", "grid"
  };
  private static final String[] VERBS = {
    "approved",
    "delayed",
    "expanded",
    "reviewed",
    "rejected",
    "funded",
    "inspected",
    "proposed",
    "suspended",
    "extended",
    "audited",
    "restored",
    "questioned",
    "announced",
    "reduced"
  };
  private static final String[] ADJECTIVES = {
    "regional",
    "northern",
    "temporary",
    "disputed",
    "annual",
    "coastal",
    "municipal",
    "federal",
    "independent",
    "critical",
    "revised",
    "public",
    "industrial",
    "agricultural",
    "provisional"
  };
  private static final String[] NAMES = {
    "Marta Ilves",
    "Tomas Reyd",
    "Anouk Varga",
    "Davi Oruna",
    "Lena Prosk",
    "Karim Soule",
    "Ines Halvard",
    "Piet Moravec",
    "Sana Quill",
    "Oren Baltz"
  };
  private static final String[] PLACES = {
    "Valmora", "Eastbrook", "Kestrel Bay", "Ostravel", "Lindqvist", "Port Ashen", "Dunmere"
  };
  private static final String[] OUTLETS = {
    "Northern Ledger", "Harbour Times", "The Valmora Post", "Coastline Daily"
  };
  private static final String[] SECTIONS = {
    "World", "Politics", "Business", "Climate", "Science", "Health", "Sport", "Culture", "Opinion"
  };

  private final SplittableRandom random;

  SyntheticArticles(long seed) {
    this.random = new SplittableRandom(seed);
  }

  /** {@code count} HTML pages of 100–200 KB each, UTF-8. */
  List<byte[]> htmlPages(int count) {
    List<byte[]> pages = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      pages.add(htmlPage(100_000 + random.nextInt(100_001)).getBytes(StandardCharsets.UTF_8));
    }
    return pages;
  }

  /** {@code count} plain-text articles of 5–50 KB each, UTF-8. */
  List<byte[]> textArticles(int count) {
    List<byte[]> texts = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      texts.add(textArticle(5_000 + random.nextInt(45_001)).getBytes(StandardCharsets.UTF_8));
    }
    return texts;
  }

  /** A page of about {@code size} characters: head, nav, article, asides, comments, footer. */
  String htmlPage(int size) {
    String title = headline();
    String outlet = pick(OUTLETS);
    String date = "2025-" + two(1 + random.nextInt(12)) + "-" + two(1 + random.nextInt(28));
    StringBuilder sb = new StringBuilder(size + 4096);
    sb.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<title>")
        .append(title)
        .append(" | ")
        .append(outlet)
        .append("</title>\n<meta property=\"og:title\" content=\"")
        .append(title)
        .append("\">\n<meta property=\"og:site_name\" content=\"")
        .append(outlet)
        .append("\">\n<meta property=\"article:published_time\" content=\"")
        .append(date)
        .append("T07:30:00Z\">\n<link rel=\"canonical\" href=\"https://example.org/")
        .append(slug(title))
        .append("\">\n<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",")
        .append("\"@type\":\"NewsArticle\",\"headline\":\"")
        .append(title)
        .append("\",\"datePublished\":\"")
        .append(date)
        .append("\",\"author\":{\"@type\":\"Person\",\"name\":\"")
        .append(pick(NAMES))
        .append("\"}}</script>\n<style>");
    int styleSize = size / 12;
    while (sb.length() < styleSize) {
      sb.append(".c-")
          .append(random.nextInt(5000))
          .append("{margin:0 auto;padding:")
          .append(random.nextInt(40))
          .append("px;color:#")
          .append(Integer.toHexString(0x100000 + random.nextInt(0xEFFFFF)))
          .append("}\n");
    }
    sb.append("</style>\n<script>");
    int scriptEnd = sb.length() + size / 8;
    while (sb.length() < scriptEnd) {
      sb.append("window.dataLayer.push({event:'view',slot:'")
          .append(random.nextInt(100000))
          .append("',ready:function(a){return a&&a.length<3?a[0]:null}});\n");
    }
    sb.append("</script>\n</head>\n<body class=\"article-page theme-light\">\n");
    sb.append("<a class=\"skip-link\" href=\"#main\">Skip to main content</a>\n");
    sb.append("<header class=\"site-header\"><div class=\"masthead\"><a href=\"/\">")
        .append(outlet)
        .append("</a></div>\n<nav class=\"main-navigation\" aria-label=\"Sections\"><ul>");
    for (String section : SECTIONS) {
      sb.append("<li class=\"nav-item\"><a class=\"nav-link\" href=\"/")
          .append(section.toLowerCase(Locale.ROOT))
          .append("\" data-track=\"nav\">")
          .append(section)
          .append("</a></li>");
    }
    sb.append("</ul></nav>\n<form class=\"search-form\" role=\"search\"><input type=\"text\" ")
        .append("name=\"q\"><button>Search</button></form></header>\n");
    sb.append("<div class=\"page has-sidebar\">\n<main id=\"main\">\n<article class=\"story\">\n")
        .append("<h1 class=\"story-title\">")
        .append(title)
        .append("</h1>\n<div class=\"byline\">By <a href=\"/authors/x\">")
        .append(pick(NAMES))
        .append("</a> &middot; <time datetime=\"")
        .append(date)
        .append("\">")
        .append(date)
        .append("</time></div>\n<div class=\"share-bar\"><a href=\"#\">Share</a> <a href=\"#\">")
        .append("Tweet</a> <a href=\"#\">Email</a></div>\n<div class=\"story-body\">\n");
    int bodyEnd = sb.length() + size / 3;
    int paragraph = 0;
    while (sb.length() < bodyEnd) {
      paragraph++;
      if (paragraph % 7 == 0) {
        sb.append("<h2>").append(headline()).append("</h2>\n");
      }
      if (paragraph % 5 == 0) {
        sb.append("<figure class=\"story-image\"><img src=\"/img/")
            .append(random.nextInt(100000))
            .append(".jpg\" srcset=\"/img/a-480.jpg 480w, /img/a-960.jpg 960w, /img/a-1440.jpg")
            .append(" 1440w\" alt=\"")
            .append(sentence(8))
            .append("\" loading=\"lazy\" width=\"1200\" height=\"800\"><figcaption>")
            .append(sentence(12))
            .append(" <span class=\"credit\">Photo: ")
            .append(pick(NAMES))
            .append("</span></figcaption></figure>\n");
      }
      if (paragraph % 6 == 0) {
        sb.append("<blockquote class=\"pull-quote\"><p>\u201C")
            .append(sentence(18))
            .append("\u201D</p><cite>")
            .append(pick(NAMES))
            .append("</cite></blockquote>\n");
      }
      if (paragraph % 9 == 0) {
        sb.append("<div class=\"ad-slot adunit\" data-slot=\"mid\"><span>Advertisement</span>")
            .append("</div>\n");
      }
      sb.append("<p>").append(paragraph(true)).append("</p>\n");
    }
    sb.append("</div>\n<div class=\"tags\"><a href=\"/t/1\">")
        .append(pick(NOUNS))
        .append("</a> <a href=\"/t/2\">")
        .append(pick(NOUNS))
        .append("</a></div>\n</article>\n<aside class=\"related-posts\"><h3>Related Stories</h3>")
        .append("<ul>");
    for (int i = 0; i < 6; i++) {
      sb.append("<li><a href=\"/story/")
          .append(random.nextInt(100000))
          .append("\"><img src=\"/thumb/")
          .append(i)
          .append(".jpg\" alt=\"\"><span>")
          .append(headline())
          .append("</span></a></li>");
    }
    sb.append("</ul></aside>\n<section class=\"comments\" id=\"comments\"><h3>Comments</h3><ol>");
    int commentsEnd = size - size / 10;
    while (sb.length() < commentsEnd) {
      sb.append("<li class=\"comment\"><div class=\"comment-author\"><a href=\"/u/")
          .append(random.nextInt(10000))
          .append("\">")
          .append(pick(NAMES))
          .append("</a> <time>")
          .append(1 + random.nextInt(23))
          .append(" hours ago</time></div><div class=\"comment-content\"><p>")
          .append(sentence(10 + random.nextInt(30)))
          .append("</p></div><a class=\"comment-reply-link\" href=\"#\">Reply</a></li>\n");
    }
    sb.append("</ol><form class=\"comment-form\"><label>Leave a Reply</label><textarea></textarea>")
        .append("<p>Your email address will not be published.</p></form></section>\n")
        .append("</main>\n<aside class=\"sidebar\"><h3>Most Read</h3><ol>");
    for (int i = 0; i < 5; i++) {
      sb.append("<li><a href=\"/popular/").append(i).append("\">").append(headline());
      sb.append("</a></li>");
    }
    sb.append("</ol></aside>\n</div>\n<footer class=\"site-footer\"><ul>");
    while (sb.length() < size - 300) {
      sb.append("<li><a href=\"/")
          .append(slug(pick(NOUNS)))
          .append("\">")
          .append(capitalise(pick(NOUNS)))
          .append("</a></li>");
    }
    sb.append("</ul><p>\u00A9 2025 ")
        .append(outlet)
        .append(". All rights reserved.</p></footer>\n")
        .append("<script>(function(){var s=document.createElement('script');})();</script>\n")
        .append("</body>\n</html>\n");
    return sb.toString();
  }

  /** A text of about {@code size} characters laid out like scraped article text. */
  String textArticle(int size) {
    StringBuilder sb = new StringBuilder(size + 2048);
    String title = headline();
    sb.append("Tuesday, ")
        .append(pick(new String[] {"March", "June", "October"}))
        .append(' ')
        .append(1 + random.nextInt(28))
        .append(", 2025\n\n")
        .append(title)
        .append("\n\nDate:\n\n");
    int paragraph = 0;
    while (sb.length() < size - 1200) {
      paragraph++;
      if (paragraph % 6 == 0) {
        sb.append(headline()).append("\n\n");
      }
      sb.append(paragraph(false)).append("\n\n");
    }
    sb.append("Related Articles\n\n");
    for (int i = 0; i < 4; i++) {
      sb.append(headline()).append("\n");
    }
    sb.append("\nDisclaimer: This article was generated with the help of AI and reviewed by an")
        .append(" editor.\n");
    return sb.toString();
  }

  private String paragraph(boolean markup) {
    StringBuilder sb = new StringBuilder(700);
    int sentences = 3 + random.nextInt(5);
    for (int s = 0; s < sentences; s++) {
      if (s > 0) {
        sb.append(' ');
      }
      switch (random.nextInt(6)) {
        case 0 ->
            sb.append("The ")
                .append(pick(ADJECTIVES))
                .append(' ')
                .append(pick(NOUNS))
                .append(" in ")
                .append(pick(PLACES))
                .append(" ")
                .append(pick(VERBS))
                .append(" ")
                .append(random.nextInt(90) + 2)
                .append(" percent of the ")
                .append(pick(NOUNS))
                .append(" plan, up from ")
                .append(random.nextInt(40) + 1)
                .append(" percent in 2023.");
        case 1 ->
            sb.append('"')
                .append(capitalise(sentence(9 + random.nextInt(8))))
                .append(",\" ")
                .append(pick(NAMES))
                .append(" said on ")
                .append(pick(new String[] {"Monday", "Wednesday", "Friday"}))
                .append('.');
        case 2 ->
            sb.append("According to the ")
                .append(pick(ADJECTIVES))
                .append(' ')
                .append(pick(NOUNS))
                .append(", the cost rose to $")
                .append(random.nextInt(900) + 10)
                .append(".")
                .append(random.nextInt(10))
                .append(" million, more than ")
                .append(random.nextInt(3000) + 100)
                .append(" ")
                .append(pick(NOUNS))
                .append(" projects combined.");
        default -> {
          sb.append(capitalise(sentence(12 + random.nextInt(14))));
          if (markup && random.nextInt(4) == 0) {
            sb.append(" <a href=\"/story/")
                .append(random.nextInt(100000))
                .append("\">")
                .append(pick(NOUNS))
                .append(" report</a>");
          }
          sb.append('.');
        }
      }
    }
    return sb.toString();
  }

  private String sentence(int words) {
    StringBuilder sb = new StringBuilder(words * 8);
    for (int w = 0; w < words; w++) {
      if (w > 0) {
        sb.append(w % 9 == 0 ? ", " : " ");
      }
      sb.append(
          switch (w % 4) {
            case 0 -> "the";
            case 1 -> pick(ADJECTIVES);
            case 2 -> pick(NOUNS);
            default -> pick(VERBS);
          });
    }
    return sb.toString();
  }

  private String headline() {
    return capitalise(pick(NOUNS))
        + " in "
        + pick(PLACES)
        + " "
        + capitalise(pick(VERBS))
        + " After "
        + capitalise(pick(ADJECTIVES))
        + " "
        + capitalise(pick(NOUNS))
        + " Review";
  }

  private String pick(String[] words) {
    return words[random.nextInt(words.length)];
  }

  private static String capitalise(String s) {
    return Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  private static String slug(String s) {
    return s.toLowerCase(Locale.ROOT).replace(' ', '-');
  }

  private static String two(int n) {
    return n < 10 ? "0" + n : Integer.toString(n);
  }
}
