package org.factdesk.analysis.html;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Where each text node of a page came from in the source, found by one pass over the markup instead
 * of jsoup's position tracking, which nearly doubled the parse (it works out a line and a column
 * for every node and hangs a range object on each; blocks need only the offsets of their text).
 *
 * <p>jsoup's tokeniser makes one character token of the text between two pieces of markup (tags,
 * comments, doctypes), and the tree builder one text node of each token, at the token's offsets.
 * This pass cuts the source into the same runs and matches them, in order, with the text nodes of
 * the parsed document: each text node must equal the next run (entities decoded); a run may be
 * passed over only when it is white space, which the tree builder drops in places. A text node that
 * matches no run is passed over too when it is white space (the tree builder makes some of its own)
 * or lies in the head (a head's {@code <noscript>} holding body markup gets that markup written
 * back as text), and has no offsets; blocks never ask for either. The first text of a {@code
 * <pre>}, {@code <listing>} or {@code <textarea>} may lack its run's leading line feed, which the
 * tree builder drops. At any other disagreement, or when the page holds markup whose text jsoup
 * moves or records otherwise (an element inside a table's structure, outside a cell, which jsoup
 * moves before the table: see {@link Tables}; CDATA sections; {@code <plaintext>}; a script whose
 * comment-like escape holds a {@code <script}; {@code </>}), {@link #find} gives up and the caller
 * parses again with jsoup's tracking. So the offsets are jsoup's or not used at all: of the 7,581
 * public pages of the web evaluation, 7,000 get offsets (1,355 when tables were given up on), each
 * body text node jsoup's own.
 */
final class TextNodeOffsets {
  /** Elements whose content jsoup reads as raw text up to their end tag. */
  private static final List<String> RAW_TEXT =
      List.of("script", "style", "xmp", "iframe", "noembed", "noframes");

  /** Elements whose content is text with character references, up to their end tag. */
  private static final List<String> ESCAPABLE_RAW_TEXT = List.of("title", "textarea");

  /** Elements after which jsoup's text differs from the runs of this pass. */
  private static final List<String> UNSUPPORTED = List.of("plaintext");

  /** Elements whose first line feed, right after the start tag, the tree builder drops. */
  private static final List<String> LEADING_LINE_FEED_DROPPED =
      List.of("pre", "listing", "textarea");

  /** The document's text nodes in document order, and the offsets of each (-1: unknown). */
  private final List<TextNode> nodes;

  private final int[] starts;
  private final int[] ends;

  /** Where {@link #indexOf} looks first: callers ask for the nodes in document order. */
  private int cursor;

  private TextNodeOffsets(List<TextNode> nodes, int[] starts, int[] ends) {
    this.nodes = nodes;
    this.starts = starts;
    this.ends = ends;
  }

  /**
   * The number of a text node of the document, for {@link #start} and {@link #end}, or -1. Found by
   * walking on from the node asked for last, as a walk over the document asks for them in order (a
   * map by identity cost more than the rest of this class). Not thread-safe, as one page's
   * collector is its only user.
   */
  int indexOf(TextNode t) {
    for (int i = cursor; i < nodes.size(); i++) {
      if (nodes.get(i) == t) {
        cursor = i;
        return i;
      }
    }
    for (int i = 0; i < cursor; i++) {
      if (nodes.get(i) == t) {
        cursor = i;
        return i;
      }
    }
    return -1;
  }

  /**
   * Offset of the first character of text node {@code i}'s source, -1 when unknown (a node of white
   * space only, or -1 for {@code i}).
   */
  int start(int i) {
    return i < 0 ? -1 : starts[i];
  }

  /** Offset just past text node {@code i}'s source, -1 when unknown. */
  int end(int i) {
    return i < 0 ? -1 : ends[i];
  }

  /**
   * The offsets of all text nodes of {@code doc}, parsed from {@code html} without position
   * tracking, or null when this pass cannot vouch for them (see the class comment).
   */
  static TextNodeOffsets find(String html, Document doc) {
    return find(runs(html), doc);
  }

  /**
   * The runs of text of {@code html}, or null when the markup holds what this pass does not follow
   * (see the class comment): then {@link #find} gives up whatever the document, so the caller can
   * let jsoup track the offsets in its first and only parse. Needs no parsed document.
   */
  static Runs runs(String html) {
    return Runs.of(html);
  }

  /** {@link #find(String, Document)} with the markup's {@link #runs} found already (or null). */
  static TextNodeOffsets find(Runs runs, Document doc) {
    if (runs == null) {
      return null;
    }
    List<TextNode> nodes = new ArrayList<>();
    NodeTraversor.traverse(
        (NodeVisitor)
            (node, depth) -> {
              if (node instanceof TextNode t) {
                nodes.add(t);
              }
            },
        doc);
    int[] starts = new int[nodes.size()];
    int[] ends = new int[nodes.size()];
    int r = 0;
    for (int k = 0; k < nodes.size(); k++) {
      TextNode node = nodes.get(k);
      String text = node.getWholeText();
      int from = r;
      boolean matched = false;
      while (r < runs.count && !(matched = runs.holds(r, text, node)) && runs.isWhiteSpace(r)) {
        r++;
      }
      if (!matched) {
        if (!isWhiteSpace(text) && !inHead(node)) {
          return null;
        }
        starts[k] = -1; // the tree builder's own text: no run is consumed
        ends[k] = -1;
        r = from;
        continue;
      }
      if (runs.isWhiteSpace(r)) {
        // a node of white space may have been matched with an earlier run of the same white
        // space than jsoup's: its offsets stay unknown, as blocks never ask for them
        starts[k] = -1;
        ends[k] = -1;
      } else {
        starts[k] = runs.starts[r];
        ends[k] = runs.ends[r];
      }
      r++;
    }
    for (; r < runs.count; r++) {
      if (!runs.isWhiteSpace(r)) {
        return null;
      }
    }
    return new TextNodeOffsets(nodes, starts, ends);
  }

  /** The runs of text between pieces of markup, in source order. */
  static final class Runs {
    final String html;
    int[] starts = new int[256];
    int[] ends = new int[256];
    int count;

    private Runs(String html) {
      this.html = html;
    }

    /** The runs of {@code html}, or null when unsure. */
    static Runs of(String html) {
      Runs runs = new Runs(html);
      int n = html.length();
      int text = 0; // where the current run began
      int i = 0;
      Tables tables = new Tables();
      while (true) {
        int lt = html.indexOf('<', i);
        if (lt < 0 || lt + 1 >= n) {
          runs.add(text, n); // a '<' at the very end is text too
          return runs;
        }
        char next = html.charAt(lt + 1);
        int after; // just past the markup that starts at lt, -1 when it runs to the end
        String rawText = null; // the element whose content follows as text, if any
        if (isAsciiLetter(next)) {
          int nameEnd = tagNameEnd(html, lt + 1);
          if (oneOf(html, lt + 1, nameEnd, UNSUPPORTED) != null
              || !tables.startTag(html, lt + 1, nameEnd)) {
            return null;
          }
          after = tagEnd(html, nameEnd);
          rawText = oneOf(html, lt + 1, nameEnd, RAW_TEXT);
          if (rawText == null) {
            rawText = oneOf(html, lt + 1, nameEnd, ESCAPABLE_RAW_TEXT);
          }
        } else if (next == '/') {
          if (lt + 2 >= n) {
            runs.add(text, n); // "</" at the end is text
            return runs;
          }
          char c = html.charAt(lt + 2);
          if (c == '>') {
            return null; // "</>": jsoup drops it without ending the run
          }
          if (isAsciiLetter(c)) {
            int nameEnd = tagNameEnd(html, lt + 2);
            tables.endTag(html, lt + 2, nameEnd);
            after = tagEnd(html, nameEnd);
          } else {
            after = pastGt(html, lt + 2);
          }
        } else if (next == '!') {
          if (html.regionMatches(true, lt + 2, "[CDATA[", 0, 7)) {
            return null; // jsoup makes CDATA nodes of these, with offsets of their own
          }
          after = html.startsWith("--", lt + 2) ? commentEnd(html, lt + 4) : pastGt(html, lt + 2);
        } else if (next == '?') {
          after = pastGt(html, lt + 2);
        } else {
          i = lt + 1; // '<' before anything else is text
          continue;
        }
        runs.add(text, lt);
        if (after < 0) {
          return runs; // markup up to the end: no more text
        }
        text = after;
        i = after;
        if (rawText != null) {
          int close = closingTag(html, rawText, after);
          if (close < 0) {
            return null;
          }
          if (ESCAPABLE_RAW_TEXT.contains(rawText)) {
            runs.add(after, close);
          } else if (rawText.equals("script") && mayBeDoubleEscaped(html, after, close)) {
            return null; // jsoup's double-escaped script state: not followed here
          }
          text = close;
          i = close;
        }
      }
    }

    private void add(int start, int end) {
      if (end <= start) {
        return;
      }
      if (count == starts.length) {
        starts = Arrays.copyOf(starts, count * 2);
        ends = Arrays.copyOf(ends, count * 2);
      }
      starts[count] = start;
      ends[count++] = end;
    }

    /**
     * Whether run r, with its character references decoded, is {@code node}'s {@code text}, or is
     * it after a leading line feed that the tree builder dropped.
     */
    boolean holds(int r, String text, TextNode node) {
      return holds(r, 0, text)
          || (html.charAt(starts[r]) == '\n' && dropsLeadingLineFeed(node) && holds(r, 1, text));
    }

    private boolean holds(int r, int skip, String text) {
      int start = starts[r] + skip;
      int length = ends[r] - start;
      for (int i = start; i < ends[r]; i++) {
        if (html.charAt(i) == '&') {
          return Parser.unescapeEntities(html.substring(start, ends[r]), false).equals(text);
        }
      }
      return text.length() == length && html.regionMatches(start, text, 0, length);
    }

    /** Whether run r is HTML white space only (tab, line feed, form feed, return, space). */
    boolean isWhiteSpace(int r) {
      for (int i = starts[r]; i < ends[r]; i++) {
        char c = html.charAt(i);
        if (c != ' ' && c != '\t' && c != '\n' && c != '\f' && c != '\r') {
          return false;
        }
      }
      return true;
    }
  }

  /** Table structure elements: inside them, until a cell opens, content is not a cell's. */
  private static final List<String> TABLE_STRUCTURE =
      List.of("tbody", "thead", "tfoot", "tr", "colgroup", "col");

  private static final List<String> TABLE_CELLS = List.of("td", "th", "caption");

  /** Elements the tree builder keeps where they stand inside a table's structure. */
  private static final List<String> KEPT_IN_TABLE_STRUCTURE =
      List.of("script", "style", "template", "form");

  /**
   * Where in the source the tree builder may move content out of a table ("foster parenting"): an
   * element other than the table's own, written between {@code <table>}, {@code <tr>} … and the
   * next cell, goes before the table (jsoup leaves such text where it is). Text nodes of the same
   * words could then swap places unseen, so the pass gives up there.
   */
  private static final class Tables {
    int depth;
    boolean structure;

    /** Whether the start tag named {@code s[from, to)} stays where it is written. */
    boolean startTag(String s, int from, int to) {
      if (equalsAsciiIgnoreCase(s, from, to, "table")) {
        depth++;
        structure = true;
        return true;
      }
      if (depth == 0) {
        return true;
      }
      if (oneOf(s, from, to, TABLE_CELLS) != null) {
        structure = false;
        return true;
      }
      if (oneOf(s, from, to, TABLE_STRUCTURE) != null) {
        structure = true;
        return true;
      }
      return !structure || oneOf(s, from, to, KEPT_IN_TABLE_STRUCTURE) != null;
    }

    void endTag(String s, int from, int to) {
      if (depth == 0) {
        return;
      }
      if (equalsAsciiIgnoreCase(s, from, to, "table")) {
        depth--;
        structure = false;
      } else if (oneOf(s, from, to, TABLE_CELLS) != null) {
        structure = true;
      }
    }
  }

  private static boolean isAsciiLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  private static boolean isWhiteSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r';
  }

  /** Whether {@code text} is HTML white space only. */
  private static boolean isWhiteSpace(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (!isWhiteSpace(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /** Where a tag name that starts at {@code i} ends: at white space, '/', '>' or the end. */
  private static int tagNameEnd(String s, int i) {
    int n = s.length();
    while (i < n) {
      char c = s.charAt(i);
      if (isWhiteSpace(c) || c == '/' || c == '>') {
        break;
      }
      i++;
    }
    return i;
  }

  private static final int BEFORE_NAME = 0;
  private static final int IN_NAME = 1;
  private static final int AFTER_NAME = 2;

  /**
   * Just past the '>' that ends a tag whose attributes start at {@code i}, or -1, following the
   * tokeniser's attribute states: a value begins at '=' after a name, and a '>' inside a quoted
   * value does not end the tag.
   */
  private static int tagEnd(String s, int i) {
    int n = s.length();
    int state = BEFORE_NAME;
    while (i < n) {
      char c = s.charAt(i);
      if (c == '>') {
        return i + 1;
      }
      if (c == '=' && state != BEFORE_NAME) {
        i++;
        while (i < n && isWhiteSpace(s.charAt(i))) {
          i++;
        }
        if (i < n && (s.charAt(i) == '"' || s.charAt(i) == '\'')) {
          int close = s.indexOf(s.charAt(i), i + 1);
          if (close < 0) {
            return -1;
          }
          i = close + 1;
        } else {
          while (i < n && !isWhiteSpace(s.charAt(i)) && s.charAt(i) != '>') {
            i++;
          }
        }
        state = BEFORE_NAME;
        continue;
      }
      if (isWhiteSpace(c)) {
        state = state == IN_NAME ? AFTER_NAME : state;
      } else if (c == '/') {
        state = BEFORE_NAME;
      } else {
        state = IN_NAME;
      }
      i++;
    }
    return -1;
  }

  /** Just past the next '>' at or after {@code i}, or -1. */
  private static int pastGt(String s, int i) {
    int gt = s.indexOf('>', i);
    return gt < 0 ? -1 : gt + 1;
  }

  /**
   * Just past the end of a comment whose content starts at {@code i} (after "
   * <!--"), or -1: "-->
   * " or "--!>", and "
   * <!-->" and "<!--->
   * " end at once.
   */
  private static int commentEnd(String s, int i) {
    if (s.startsWith(">", i)) {
      return i + 1;
    }
    if (s.startsWith("->", i)) {
      return i + 2;
    }
    int p = i;
    while (true) {
      int dashes = s.indexOf("--", p);
      if (dashes < 0) {
        return -1;
      }
      if (s.startsWith(">", dashes + 2)) {
        return dashes + 3;
      }
      if (s.startsWith("!>", dashes + 2)) {
        return dashes + 4;
      }
      p = dashes + 1;
    }
  }

  /**
   * Where the end tag of raw-text element {@code name} (lower case) starts at or after {@code i}:
   * "</name" in any ASCII case before white space, '/' or '>'; -1 when there is none.
   */
  private static int closingTag(String html, String name, int i) {
    int p = i;
    while (true) {
      int at = html.indexOf("</", p);
      if (at < 0) {
        return -1;
      }
      int after = at + 2 + name.length();
      if (after < html.length() && equalsAsciiIgnoreCase(html, at + 2, after, name)) {
        char c = html.charAt(after);
        if (isWhiteSpace(c) || c == '/' || c == '>') {
          return at;
        }
      }
      p = at + 1;
    }
  }

  /**
   * The name in {@code names} (lower case) that {@code s[from, to)} is in any ASCII case, or null.
   */
  private static String oneOf(String s, int from, int to, List<String> names) {
    for (String name : names) {
      if (equalsAsciiIgnoreCase(s, from, to, name)) {
        return name;
      }
    }
    return null;
  }

  /** Whether {@code s[from, to)} is {@code lower} (ASCII lower case) in any ASCII case. */
  private static boolean equalsAsciiIgnoreCase(String s, int from, int to, String lower) {
    if (to - from != lower.length()) {
      return false;
    }
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (c >= 'A' && c <= 'Z') {
        c = (char) (c + ('a' - 'A'));
      }
      if (c != lower.charAt(i - from)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether a script's content {@code s[from, to)} may hold a double-escaped part: a {@code
   * <script} in any case after a {@code <!--}, in which a {@code </script>} does not end the
   * script. A comment-like escape without one ends at the first {@code </script>} as any script
   * does.
   */
  private static boolean mayBeDoubleEscaped(String s, int from, int to) {
    int escape = indexOf(s, from, to, "<!--");
    if (escape < 0) {
      return false;
    }
    for (int i = escape + 4; i + 7 <= to; i++) {
      if (s.charAt(i) == '<' && s.regionMatches(true, i + 1, "script", 0, 6)) {
        return true;
      }
    }
    return false;
  }

  /** Where {@code part} first starts in {@code s[from, to)}, or -1. */
  private static int indexOf(String s, int from, int to, String part) {
    for (int i = from; i + part.length() <= to; i++) {
      if (s.startsWith(part, i)) {
        return i;
      }
    }
    return -1;
  }

  /** Whether {@code node} is the first child of an element whose leading line feed is dropped. */
  private static boolean dropsLeadingLineFeed(TextNode node) {
    Element parent = node.parent();
    return node.siblingIndex() == 0
        && parent != null
        && LEADING_LINE_FEED_DROPPED.contains(parent.normalName());
  }

  /** Whether {@code node} lies in the document's head. */
  private static boolean inHead(TextNode node) {
    for (Node p = node.parentNode(); p != null; p = p.parentNode()) {
      if (p instanceof Element e && e.normalName().equals("head")) {
        return true;
      }
    }
    return false;
  }
}
