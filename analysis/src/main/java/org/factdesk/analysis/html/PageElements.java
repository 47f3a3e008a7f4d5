package org.factdesk.analysis.html;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.QueryParser;

/**
 * The elements {@link HtmlMetadataReader} reads, found in one walk over the page: each of its CSS
 * queries used to walk the whole page (a page without a canonical link or a {@code <time>} was
 * walked to the end for each), which cost more than reading the values. The queries are jsoup's
 * own, so what matches is exactly what {@code select} and {@code selectFirst} would give, in
 * document order.
 */
final class PageElements {
  // jsoup evaluators of tags and attributes hold no state: safe to share between threads
  private static final Evaluator HTML = QueryParser.parse("html");
  private static final Evaluator META = QueryParser.parse("meta[content]");
  private static final Evaluator CANONICAL = QueryParser.parse("link[rel=canonical][href]");
  private static final Evaluator H1 = QueryParser.parse("h1");
  private static final Evaluator TIME = QueryParser.parse("time[datetime]");
  private static final Evaluator JSON_LD = QueryParser.parse("script[type=application/ld+json]");

  /** First {@code html}, canonical link, {@code h1} and {@code time[datetime]}; may be null. */
  Element html;

  Element canonical;
  Element h1;
  Element time;

  /** Every {@code meta[content]} and JSON-LD script, in document order. */
  final List<Element> metas = new ArrayList<>();

  final List<Element> jsonLd = new ArrayList<>();

  private PageElements() {}

  static PageElements of(Document doc) {
    PageElements found = new PageElements();
    NodeTraversor.traverse(
        (node, depth) -> {
          if (node instanceof Element e) {
            found.visit(doc, e);
          }
        },
        doc);
    return found;
  }

  private void visit(Document doc, Element e) {
    switch (e.normalName()) {
      case "html" -> html = html == null && HTML.matches(doc, e) ? e : html;
      case "meta" -> {
        if (META.matches(doc, e)) {
          metas.add(e);
        }
      }
      case "link" -> canonical = canonical == null && CANONICAL.matches(doc, e) ? e : canonical;
      case "h1" -> h1 = h1 == null && H1.matches(doc, e) ? e : h1;
      case "time" -> time = time == null && TIME.matches(doc, e) ? e : time;
      case "script" -> {
        if (JSON_LD.matches(doc, e)) {
          jsonLd.add(e);
        }
      }
      default -> {}
    }
  }
}
