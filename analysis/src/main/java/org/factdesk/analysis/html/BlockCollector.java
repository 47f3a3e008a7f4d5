package org.factdesk.analysis.html;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.factdesk.analysis.BlockKind;
import org.factdesk.analysis.FlagType;
import org.factdesk.analysis.text.TextNormalizer;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.Range;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;

/**
 * Walks the DOM once with jsoup's iterative {@link org.jsoup.select.NodeTraversor}, so that a page
 * nested ten thousand levels deep cannot overflow the stack. It skips invisible nodes, cuts text
 * into blocks at block-level elements and line breaks, and records per element the text and link
 * characters of its subtree and its pre/post order numbers (for O(1) "is inside" tests). One
 * collector serves one page.
 */
final class BlockCollector implements NodeFilter {
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
          "textarea");
  private static final Set<String> BLOCK_TAGS =
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
          "label");
  private static final Set<String> INVISIBLE_CLASSES =
      Set.of("sr-only", "visually-hidden", "screen-reader-text");

  /** Tags whose presence among a block's ancestors the block model reads, one bit each. */
  static final List<String> ANCESTOR_TAGS =
      List.of(
          "a",
          "p",
          "li",
          "list",
          "table",
          "h",
          "header",
          "footer",
          "nav",
          "aside",
          "article",
          "main",
          "section",
          "form",
          "figure",
          "blockquote",
          "button",
          "time",
          "dl",
          "strong",
          "label",
          "center",
          "font",
          "pre");

  private static final Map<String, Integer> TAG_BITS = tagBits();

  /** Distance recorded when no ancestor of the block is in a name group. */
  static final int FAR = 63;

  /**
   * A block as found in the DOM, before any judgement.
   *
   * @param depth how many elements enclose it (html and body included)
   * @param tags the {@link #ANCESTOR_TAGS} bits of the elements enclosing it
   * @param nearest per {@link NameGroup}, how many levels up the closest element whose class or id
   *     is in the group sits (0: the innermost enclosing element), {@link #FAR} for none
   * @param path the enclosing elements, innermost first, as numbers (per page, in document order)
   */
  record RawBlock(
      Element owner,
      BlockKind kind,
      String text,
      int start,
      int end,
      int textChars,
      int linkChars,
      Element hint,
      FlagType hintType,
      int depth,
      int tags,
      byte[] nearest,
      int[] path) {
    double linkDensity() {
      return textChars == 0 ? 0 : Math.min(1.0, linkChars / (double) textChars);
    }

    boolean inside(String tag) {
      return (tags & TAG_BITS.get(tag)) != 0;
    }
  }

  private static final class Builder {
    final Element owner;
    final BlockKind kind;
    final StringBuilder text = new StringBuilder();
    int linkChars;
    int start = -1;
    int end = -1;

    Builder(Element owner, BlockKind kind) {
      this.owner = owner;
      this.kind = kind;
    }
  }

  final List<RawBlock> blocks = new ArrayList<>();

  /** Per element: [text chars, link chars, pre order, post order] of its visible subtree. */
  final Map<Element, int[]> stats = new IdentityHashMap<>();

  private final List<Builder> open = new ArrayList<>();
  private final List<Element> hints = new ArrayList<>();
  private final List<FlagType> hintTypes = new ArrayList<>();

  /** Per enclosing element, innermost last: its ancestor tag bits and its own name groups. */
  private int[] tagStack = new int[64];

  private int[] groupStack = new int[64];
  private int[] numberStack = new int[64];
  private int stackSize;
  private int elements;
  private final Map<String, Integer> groupCache = NameGroup.newCache();
  private int linkDepth;
  private int order;

  /** Where text nodes came from in the source; null when jsoup tracked it while parsing. */
  private final TextNodeOffsets offsets;

  /**
   * @param offsets the text nodes' source offsets, or null to read those jsoup tracked
   */
  BlockCollector(TextNodeOffsets offsets) {
    this.offsets = offsets;
  }

  @Override
  public FilterResult head(Node node, int depth) {
    if (node instanceof TextNode t) {
      appendText(t);
      return FilterResult.CONTINUE;
    }
    if (!(node instanceof Element e)) {
      return FilterResult.CONTINUE;
    }
    if (isSkipped(e)) {
      return FilterResult.SKIP_ENTIRELY;
    }
    stats.put(e, new int[] {0, 0, order++, -1});
    String tag = e.normalName();
    boolean block = BLOCK_TAGS.contains(tag);
    if (block || tag.equals("br") || tag.equals("hr")) {
      flush(); // the text so far belongs to the enclosing elements, not to this one
    }
    if (tag.equals("a")) {
      linkDepth++;
    }
    // the classes of body and html describe the whole page ("single-post ads-on"), not a part
    boolean page = tag.equals("body") || tag.equals("html");
    String[] words =
        e.attributesSize() == 0 || page ? BoilerplateHint.NO_TOKENS : BoilerplateHint.tokens(e);
    FlagType type = page ? null : BoilerplateHint.of(e, words);
    hints.add(type != null ? e : last(hints));
    hintTypes.add(type != null ? type : last(hintTypes));
    push(tag, words.length == 0 ? 0 : NameGroup.of(words, groupCache));
    if (block) {
      open.add(new Builder(e, kind(tag)));
    }
    return FilterResult.CONTINUE;
  }

  @Override
  public FilterResult tail(Node node, int depth) {
    if (!(node instanceof Element e)) {
      return FilterResult.CONTINUE;
    }
    int[] mine = stats.get(e);
    if (mine == null) {
      return FilterResult.CONTINUE; // skipped in head(), so not counted
    }
    String tag = e.normalName();
    if (BLOCK_TAGS.contains(tag)) {
      flush();
      open.remove(open.size() - 1);
    }
    if (tag.equals("a")) {
      linkDepth--;
    }
    hints.remove(hints.size() - 1);
    hintTypes.remove(hintTypes.size() - 1);
    stackSize--;
    mine[3] = order++;
    Element parent = e.parent();
    int[] up = parent == null ? null : stats.get(parent);
    if (up != null) {
      up[0] += mine[0];
      up[1] += mine[1];
    }
    return FilterResult.CONTINUE;
  }

  /** Flushes what is left when the traversal ends. */
  void finish() {
    while (!open.isEmpty()) {
      flush();
      open.remove(open.size() - 1);
    }
  }

  private void appendText(TextNode t) {
    if (open.isEmpty()) {
      Element parent = t.parent();
      open.add(new Builder(parent, BlockKind.OTHER));
    }
    Builder b = open.get(open.size() - 1);
    String s = t.getWholeText();
    int visible = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (!TextNormalizer.isSpace(c) && !TextNormalizer.isInvisible(c)) {
        visible++;
      }
    }
    b.text.append(s);
    if (visible == 0) {
      return;
    }
    if (linkDepth > 0) {
      b.linkChars += visible;
    }
    int start;
    int end;
    if (offsets != null) {
      int i = offsets.indexOf(t);
      start = offsets.start(i);
      end = offsets.end(i);
    } else {
      Range r = t.sourceRange();
      start = r.isTracked() ? r.startPos() : -1;
      end = r.endPos();
    }
    if (start >= 0) {
      if (b.start < 0) {
        b.start = start;
      }
      b.end = Math.max(b.end, end);
    }
    Element p = t.parent();
    if (p != null) {
      int[] st = stats.get(p);
      if (st != null) {
        st[0] += visible;
        if (linkDepth > 0) {
          st[1] += visible;
        }
      }
    }
  }

  private void flush() {
    if (open.isEmpty()) {
      return;
    }
    Builder b = open.get(open.size() - 1);
    if (b.text.length() == 0) {
      return;
    }
    String text = TextNormalizer.normalize(b.text);
    if (!text.isEmpty()) {
      int textChars = 0;
      for (int i = 0; i < text.length(); i++) {
        if (text.charAt(i) != ' ') {
          textChars++;
        }
      }
      int start = b.start;
      int end = b.end;
      if (start < 0 && b.owner != null && b.owner.sourceRange().isTracked()) {
        start = b.owner.sourceRange().startPos();
        end = b.owner.endSourceRange().isTracked() ? b.owner.endSourceRange().endPos() : start;
      }
      blocks.add(
          new RawBlock(
              b.owner,
              b.kind,
              text,
              Math.max(0, start),
              Math.max(0, end),
              textChars,
              Math.min(b.linkChars, textChars),
              last(hints),
              last(hintTypes),
              stackSize,
              stackSize == 0 ? 0 : tagStack[stackSize - 1],
              nearestGroups(),
              path()));
    }
    b.text.setLength(0);
    b.linkChars = 0;
    b.start = -1;
    b.end = -1;
  }

  private void push(String tag, int groups) {
    if (stackSize == tagStack.length) {
      tagStack = java.util.Arrays.copyOf(tagStack, stackSize * 2);
      groupStack = java.util.Arrays.copyOf(groupStack, stackSize * 2);
      numberStack = java.util.Arrays.copyOf(numberStack, stackSize * 2);
    }
    numberStack[stackSize] = elements++;
    Integer bit = TAG_BITS.get(tag);
    int up = stackSize == 0 ? 0 : tagStack[stackSize - 1];
    tagStack[stackSize] = up | (bit == null ? 0 : bit);
    groupStack[stackSize] = groups;
    stackSize++;
  }

  private int[] path() {
    int[] path = new int[stackSize];
    for (int i = 0; i < stackSize; i++) {
      path[i] = numberStack[stackSize - 1 - i];
    }
    return path;
  }

  /** Walks up the open elements until every group is found or the top is reached. */
  private byte[] nearestGroups() {
    byte[] nearest = new byte[NameGroup.ALL.size()];
    java.util.Arrays.fill(nearest, (byte) FAR);
    int missing = (1 << nearest.length) - 1;
    for (int level = stackSize - 1; level >= 0 && missing != 0; level--) {
      int found = groupStack[level] & missing;
      while (found != 0) {
        int g = Integer.numberOfTrailingZeros(found);
        nearest[g] = (byte) Math.min(FAR, stackSize - 1 - level);
        found &= found - 1;
      }
      missing &= ~groupStack[level];
    }
    return nearest;
  }

  private static Map<String, Integer> tagBits() {
    Map<String, Integer> bits = new java.util.HashMap<>();
    for (int i = 0; i < ANCESTOR_TAGS.size(); i++) {
      bits.put(ANCESTOR_TAGS.get(i), 1 << i);
    }
    int list = bits.get("list");
    bits.put("ul", list);
    bits.put("ol", list);
    bits.put("menu", list);
    int h = bits.get("h");
    for (String t : new String[] {"h1", "h2", "h3", "h4", "h5", "h6"}) {
      bits.put(t, h);
    }
    bits.put("td", bits.get("table"));
    bits.put("th", bits.get("table"));
    bits.put("figcaption", bits.get("figure"));
    bits.put("address", bits.get("time"));
    bits.put("b", bits.get("strong"));
    bits.put("em", bits.get("strong"));
    bits.put("i", bits.get("strong"));
    bits.put("legend", bits.get("label"));
    bits.put("fieldset", bits.get("label"));
    bits.put("code", bits.get("pre"));
    return Map.copyOf(bits);
  }

  private static <T> T last(List<T> list) {
    return list.isEmpty() ? null : list.get(list.size() - 1);
  }

  static boolean isSkipped(Element e) {
    if (SKIPPED.contains(e.normalName())) {
      return true;
    }
    if (e.attributesSize() == 0) {
      return false; // most elements: none of the tests below can hold
    }
    if (e.hasAttr("hidden") || "true".equalsIgnoreCase(e.attr("aria-hidden"))) {
      return true;
    }
    String style = e.attr("style");
    if (!style.isEmpty()) {
      String compact = style.toLowerCase(Locale.ROOT).replace(" ", "");
      if (compact.contains("display:none") || compact.contains("visibility:hidden")) {
        return true;
      }
    }
    if (e.attr("type").equalsIgnoreCase("hidden")) {
      return true;
    }
    for (String c : INVISIBLE_CLASSES) {
      if (e.hasClass(c)) {
        return true;
      }
    }
    return false;
  }

  private static BlockKind kind(String tag) {
    return switch (tag) {
      case "p" -> BlockKind.PARAGRAPH;
      case "h1", "h2", "h3", "h4", "h5", "h6" -> BlockKind.HEADING;
      case "li", "dt", "dd" -> BlockKind.LIST_ITEM;
      case "blockquote" -> BlockKind.QUOTE;
      case "figcaption", "caption" -> BlockKind.CAPTION;
      case "td", "th" -> BlockKind.TABLE_CELL;
      default -> BlockKind.OTHER;
    };
  }
}
