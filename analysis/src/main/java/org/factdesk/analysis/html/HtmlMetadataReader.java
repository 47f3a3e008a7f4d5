package org.factdesk.analysis.html;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.factdesk.analysis.ArticleMetadata;
import org.factdesk.analysis.meta.DateParser;
import org.factdesk.analysis.text.TextNormalizer;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Reads article metadata from the head of an HTML page: Open Graph and article meta tags, the
 * canonical link, the author meta, JSON-LD NewsArticle / Article objects and the html lang
 * attribute. Meta tags come first because publishers fill them for link previews most reliably.
 */
final class HtmlMetadataReader {
  private static final Set<String> ARTICLE_TYPES =
      Set.of(
          "newsarticle",
          "article",
          "reportagenewsarticle",
          "analysisnewsarticle",
          "blogposting",
          "opinionnewsarticle",
          "backgroundnewsarticle");

  private HtmlMetadataReader() {}

  static ArticleMetadata read(Document doc) {
    PageElements page = PageElements.of(doc);
    Map<String, String> metas = metas(page);
    Map<String, Object> ld = jsonLdArticle(page);
    String title =
        first(
            meta(metas, "og:title"),
            str(ld, "headline"),
            meta(metas, "twitter:title"),
            h1(page),
            doc.title());
    String outlet =
        first(
            meta(metas, "og:site_name"),
            name(ld == null ? null : ld.get("publisher")),
            meta(metas, "application-name"));
    title = withoutSiteName(title, outlet);
    String url = first(canonical(page), meta(metas, "og:url"), str(ld, "url"));
    String author =
        first(
            meta(metas, "author"),
            notUrl(meta(metas, "article:author")),
            name(ld == null ? null : ld.get("author")));
    LocalDate published = null;
    for (String candidate :
        new String[] {
          meta(metas, "article:published_time"),
          str(ld, "datePublished"),
          meta(metas, "date"),
          meta(metas, "pubdate"),
          meta(metas, "publish-date"),
          meta(metas, "dc.date.issued"),
          timeDatetime(page)
        }) {
      if (candidate != null) {
        published = DateParser.find(candidate).orElse(null);
        if (published != null) {
          break;
        }
      }
    }
    return new ArticleMetadata(title, outlet, null, published, url, author, language(page, metas));
  }

  /** "Dam Audit Ordered | Northern Ledger" becomes "Dam Audit Ordered" when the outlet is known. */
  static String withoutSiteName(String title, String outlet) {
    if (title == null || outlet == null) {
      return title;
    }
    String lowerTitle = title.toLowerCase(Locale.ROOT);
    String lowerOutlet = outlet.toLowerCase(Locale.ROOT);
    for (String sep : new String[] {" | ", " - ", " \u2013 ", " \u2014 ", " \u00b7 ", " :: "}) {
      if (lowerTitle.endsWith(sep + lowerOutlet)) {
        return title.substring(0, title.length() - sep.length() - outlet.length()).strip();
      }
    }
    return title;
  }

  private static String language(PageElements page, Map<String, String> metas) {
    Element html = page.html;
    String lang = html == null ? "" : html.attr("lang");
    if (lang.isBlank()) {
      String locale = metas.get("og:locale");
      lang = locale == null ? "" : locale;
    }
    lang = lang.strip().toLowerCase(Locale.ROOT);
    if (lang.length() < 2
        || !Character.isLetter(lang.charAt(0))
        || !Character.isLetter(lang.charAt(1))) {
      return ArticleMetadata.UNDETERMINED;
    }
    return lang.substring(0, 2);
  }

  /** All meta tags by lower-cased property, name or itemprop; the first non-empty value wins. */
  private static Map<String, String> metas(PageElements page) {
    Map<String, String> out = new HashMap<>();
    for (Element m : page.metas) {
      String k =
          m.hasAttr("property")
              ? m.attr("property")
              : m.hasAttr("name") ? m.attr("name") : m.attr("itemprop");
      String v = clean(m.attr("content"));
      if (!k.isEmpty() && v != null) {
        out.putIfAbsent(k.toLowerCase(Locale.ROOT), v);
      }
    }
    return out;
  }

  private static String meta(Map<String, String> metas, String key) {
    return metas.get(key);
  }

  private static String canonical(PageElements page) {
    Element link = page.canonical;
    if (link == null) {
      return null;
    }
    String abs = link.absUrl("href");
    return clean(abs.isEmpty() ? link.attr("href") : abs);
  }

  private static String h1(PageElements page) {
    Element h1 = page.h1;
    return h1 == null ? null : clean(h1.text());
  }

  private static String timeDatetime(PageElements page) {
    Element t = page.time;
    return t == null ? null : clean(t.attr("datetime"));
  }

  private static String notUrl(String s) {
    return s == null || s.startsWith("http") ? null : s;
  }

  /** The first JSON-LD object of an article type, searching arrays and {@code @graph}. */
  @SuppressWarnings("unchecked")
  private static Map<String, Object> jsonLdArticle(PageElements page) {
    for (Element script : page.jsonLd) {
      Object root;
      try {
        root = MiniJson.parse(script.data());
      } catch (IllegalArgumentException e) {
        continue; // broken JSON-LD is common; the meta tags still count
      }
      Deque<Object> todo = new ArrayDeque<>();
      todo.add(root);
      int visited = 0;
      while (!todo.isEmpty() && visited++ < 1000) {
        Object node = todo.poll();
        if (node instanceof List<?> list) {
          todo.addAll(list.stream().filter(x -> x != null).toList());
        } else if (node instanceof Map<?, ?> map) {
          if (isArticle(map.get("@type"))) {
            return (Map<String, Object>) map;
          }
          Object graph = map.get("@graph");
          if (graph != null) {
            todo.add(graph);
          }
        }
      }
    }
    return null;
  }

  private static boolean isArticle(Object type) {
    if (type instanceof String s) {
      return ARTICLE_TYPES.contains(s.toLowerCase(Locale.ROOT));
    }
    if (type instanceof List<?> list) {
      for (Object t : list) {
        if (t instanceof String s && ARTICLE_TYPES.contains(s.toLowerCase(Locale.ROOT))) {
          return true;
        }
      }
    }
    return false;
  }

  private static String str(Map<String, Object> map, String key) {
    if (map == null) {
      return null;
    }
    Object v = map.get(key);
    if (v instanceof String s) {
      return clean(s);
    }
    if (v instanceof Map<?, ?> m && m.get("@id") instanceof String id) {
      return clean(id);
    }
    return null;
  }

  /** A name from a string, a {name: …} object or a list of either, joined by ", ". */
  private static String name(Object v) {
    if (v instanceof String s) {
      return clean(s);
    }
    if (v instanceof Map<?, ?> m && m.get("name") instanceof String s) {
      return clean(s);
    }
    if (v instanceof List<?> list) {
      List<String> names = new ArrayList<>();
      for (Object o : list) {
        String n = name(o);
        if (n != null) {
          names.add(n);
        }
      }
      return names.isEmpty() ? null : String.join(", ", names);
    }
    return null;
  }

  private static String first(String... values) {
    for (String v : values) {
      if (v != null && !v.isBlank()) {
        return v;
      }
    }
    return null;
  }

  private static String clean(String s) {
    if (s == null) {
      return null;
    }
    String n = TextNormalizer.normalize(s);
    return n.isEmpty() ? null : n;
  }
}
