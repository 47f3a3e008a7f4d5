package org.factdesk.analysis.eval.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * A page as a scraper without a DOM would pass it on: its visible text, one line per block element
 * or line break, white space collapsed, empty lines dropped. This is the plain-text form of the
 * evaluation and is independent of the engine, so changes to the engine cannot change its input.
 */
public final class VisibleLines {
  private static final Set<String> SKIPPED =
      Set.of(
          "script",
          "style",
          "noscript",
          "template",
          "svg",
          "math",
          "iframe",
          "object",
          "embed",
          "canvas",
          "head",
          "select",
          "option",
          "datalist",
          "audio",
          "video",
          "map",
          "input",
          "textarea",
          "button");
  private static final Set<String> BLOCKS =
      Set.of(
          "address",
          "article",
          "aside",
          "blockquote",
          "body",
          "caption",
          "dd",
          "details",
          "dialog",
          "div",
          "dl",
          "dt",
          "fieldset",
          "figcaption",
          "figure",
          "footer",
          "form",
          "h1",
          "h2",
          "h3",
          "h4",
          "h5",
          "h6",
          "header",
          "hgroup",
          "hr",
          "li",
          "main",
          "nav",
          "ol",
          "p",
          "pre",
          "section",
          "summary",
          "table",
          "tbody",
          "td",
          "tfoot",
          "th",
          "thead",
          "tr",
          "ul",
          "menu",
          "center",
          "legend",
          "br",
          "html",
          "title");

  private VisibleLines() {}

  /** The visible lines of {@code root} and its descendants. */
  public static List<String> of(Element root) {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    NodeTraversor.filter(
        new NodeFilter() {
          @Override
          public FilterResult head(Node node, int depth) {
            if (node instanceof Element e) {
              if (SKIPPED.contains(e.normalName()) || e.hasAttr("hidden")) {
                return FilterResult.SKIP_ENTIRELY;
              }
              if (BLOCKS.contains(e.normalName())) {
                flush(line, lines);
              }
            } else if (node instanceof TextNode t) {
              line.append(t.getWholeText()).append(' ');
            }
            return FilterResult.CONTINUE;
          }

          @Override
          public FilterResult tail(Node node, int depth) {
            if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
              flush(line, lines);
            }
            return FilterResult.CONTINUE;
          }
        },
        root);
    flush(line, lines);
    return lines;
  }

  private static void flush(StringBuilder line, List<String> lines) {
    String text = collapse(line);
    line.setLength(0);
    if (!text.isEmpty()) {
      lines.add(text);
    }
  }

  /** White space (including no-break spaces) collapsed to single spaces, trimmed. */
  static String collapse(CharSequence s) {
    StringBuilder out = new StringBuilder(s.length());
    boolean space = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isWhitespace(c) || c == '\u00A0' || c == '\u2007' || c == '\u202F') {
        space = out.length() > 0;
      } else {
        if (space) {
          out.append(' ');
          space = false;
        }
        out.append(c);
      }
    }
    return out.toString();
  }
}
