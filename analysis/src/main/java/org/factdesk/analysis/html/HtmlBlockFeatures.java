package org.factdesk.analysis.html;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.factdesk.analysis.html.BlockCollector.RawBlock;
import org.factdesk.analysis.text.StopWords;
import org.factdesk.analysis.text.WordIds;
import org.jsoup.nodes.Element;

/**
 * What the HTML block model sees of each block: shallow text features (words, stop-word share, link
 * density, punctuation), where the block sits in the DOM (its kind, depth, enclosing tags and how
 * far up the closest class or id of each {@link NameGroup} is, the hint {@link BoilerplateHint}
 * read), whether it lies inside the main content {@link MainContentFinder} chose, where it sits on
 * the page, and the same shallow features of the two blocks before and after it (Boilerpipe's and
 * jusText's lesson: a block's neighbours say much about it). Every feature is a count, a share or a
 * 0/1 read in one pass over the blocks; no regular expression.
 *
 * <p>The names are part of a trained model's contract: the model file lists them and {@link
 * HtmlBlockModel} refuses a file whose list differs.
 */
public final class HtmlBlockFeatures {
  /** The neighbours read on each side. */
  private static final int REACH = 2;

  /** A block of at least this many words and little link text anchors the article text. */
  private static final int LONG_BLOCK = 30;

  private static final int CAP = 20;

  /** Repeated texts are counted up to this length: menus and labels repeat, paragraphs hardly. */
  private static final int SAME_TEXT_CHARS = 100;

  /**
   * The stop-word share is read from a block's first words: a long paragraph's rest adds little.
   */
  private static final int STOP_SAMPLE = 40;

  private static final int[] NO_IDS = new int[0];

  /** The features' names, in the order of each row. */
  public static final List<String> NAMES = names();

  /** The features of the second pass: the first pass's probabilities around each block. */
  public static final List<String> CONTEXT_NAMES = contextNames();

  private static final int WORDS = NAMES.indexOf("words");
  private static final int CHARS = NAMES.indexOf("chars");
  private static final int LINK_DENSITY = NAMES.indexOf("link_density");

  /** Blocks' texts and their feature rows, for training and for inspection. */
  public static final class Table {
    private final List<String> texts;
    private final float[][] rows;
    private final int[][] paths;

    Table(List<String> texts, float[][] rows, int[][] paths) {
      this.texts = texts;
      this.rows = rows;
      this.paths = paths;
    }

    public List<String> texts() {
      return texts;
    }

    public float[][] rows() {
      return rows;
    }

    /** The second pass's rows, given the first pass's probabilities. */
    public float[][] contextRows(double[] firstPass) {
      return context(paths, rows, firstPass);
    }
  }

  private HtmlBlockFeatures() {}

  /** The blocks of a page and their features, as {@link HtmlExtractor#extract} computes them. */
  public static Table of(String html, String baseUri) {
    HtmlExtractor.Parsed page = HtmlExtractor.parse(html, baseUri);
    List<String> texts = new ArrayList<>(page.blocks().size());
    for (RawBlock b : page.blocks()) {
      texts.add(b.text());
    }
    return new Table(Collections.unmodifiableList(texts), page.features(), paths(page.blocks()));
  }

  private static List<String> names() {
    List<String> n = new ArrayList<>();
    n.addAll(
        List.of(
            "words",
            "chars",
            "link_density",
            "stop_share",
            "sentence_marks_per_word",
            "commas_per_word",
            "ends_like_sentence",
            "starts_upper",
            "digit_share",
            "upper_share",
            "title_case",
            "separators_per_word",
            "copyright_sign",
            "mean_word_length",
            "kind",
            "depth",
            "hint_type"));
    for (String tag : BlockCollector.ANCESTOR_TAGS) {
      n.add("in_" + tag);
    }
    for (NameGroup g : NameGroup.ALL) {
      n.add("up_to_" + g.name().toLowerCase(java.util.Locale.ROOT));
    }
    n.addAll(
        List.of(
            "in_main_content",
            "main_content_side",
            "headline",
            "title_text",
            "position",
            "char_position",
            "parent_chars",
            "parent_link_density",
            "blocks_in_parent",
            "same_text_elsewhere",
            "page_share",
            "long_before",
            "long_after",
            "after_comments_heading",
            "page_words",
            "page_blocks",
            "main_content_share",
            "main_content_link_density",
            "page_cjk_share"));
    for (int d = -REACH; d <= REACH; d++) {
      if (d != 0) {
        String side = (d < 0 ? "prev" : "next") + Math.abs(d);
        n.add(side + "_words");
        n.add(side + "_link_density");
        n.add(side + "_in_main_content");
        n.add(side + "_kind");
      }
    }
    return List.copyOf(n);
  }

  private static List<String> contextNames() {
    List<String> n = new ArrayList<>(NAMES);
    n.add("p");
    for (int d = -CONTEXT_REACH; d <= CONTEXT_REACH; d++) {
      if (d != 0) {
        n.add((d < 0 ? "prev" : "next") + Math.abs(d) + "_p");
      }
    }
    n.addAll(
        List.of(
            "max_p_before",
            "max_p_after",
            "mean_p_in_parent",
            "in_best_subtree",
            "best_subtree_share",
            "content_before",
            "content_after"));
    return List.copyOf(n);
  }

  private static final int CONTEXT_REACH = 3;

  static int[][] paths(List<RawBlock> blocks) {
    int[][] paths = new int[blocks.size()][];
    for (int i = 0; i < paths.length; i++) {
      paths[i] = blocks.get(i).path();
    }
    return paths;
  }

  /**
   * The second pass's rows: each first-pass row, then the first pass's probability of the block and
   * of its neighbours, the mean over the blocks of the same parent element, whether the block lies
   * in the element that holds the most probable text (Readability's best subtree, found from the
   * first pass instead of commas), and how much probable text lies before and after it.
   *
   * <p>Rows are computed for the blocks the second pass reads ({@link HtmlBlockModel#settled}
   * false); the others are null.
   *
   * @param paths per block, its enclosing elements as numbers, innermost first
   */
  static float[][] context(int[][] paths, float[][] rows, double[] p) {
    int n = rows.length;
    int width = CONTEXT_NAMES.size();
    int charsColumn = NAMES.indexOf("chars");
    int elements = 0;
    for (int[] path : paths) {
      for (int id : path) {
        elements = Math.max(elements, id + 1);
      }
    }
    double[] parentSum = new double[elements];
    int[] parentCount = new int[elements];
    double[] gain = new double[elements];
    double total = 0;
    double allChars = 0;
    for (int i = 0; i < n; i++) {
      double chars = rows[i][charsColumn];
      allChars += chars;
      total += p[i] * chars;
      int[] path = paths[i];
      if (path.length > 1) {
        parentSum[path[1]] += p[i];
        parentCount[path[1]]++;
      }
      for (int id : path) {
        gain[id] += (p[i] - 0.5) * chars;
      }
    }
    // of equal gains the outer element, numbered first (ties need blocks of probability 0.5)
    int best = -1;
    double bestGain = 0;
    for (int id = 0; id < elements; id++) {
      if (gain[id] > bestGain) {
        bestGain = gain[id];
        best = id;
      }
    }
    boolean[] inBest = new boolean[n];
    double bestChars = 0;
    for (int i = 0; i < n; i++) {
      for (int id : paths[i]) {
        if (id == best) {
          inBest[i] = true;
          bestChars += rows[i][charsColumn];
          break;
        }
      }
    }
    double before = 0;
    float[][] out = new float[n][];
    for (int i = 0; i < n; i++) {
      double here = p[i] * rows[i][charsColumn];
      if (HtmlBlockModel.settled(p[i])) {
        before += here;
        continue;
      }
      float[] r = java.util.Arrays.copyOf(rows[i], width);
      int k = rows[i].length;
      r[k++] = (float) p[i];
      for (int d = -CONTEXT_REACH; d <= CONTEXT_REACH; d++) {
        if (d != 0) {
          int j = i + d;
          r[k++] = j < 0 || j >= n ? -1 : (float) p[j];
        }
      }
      double maxBefore = 0;
      for (int j = Math.max(0, i - CONTEXT_REACH); j < i; j++) {
        maxBefore = Math.max(maxBefore, p[j]);
      }
      double maxAfter = 0;
      for (int j = i + 1; j <= Math.min(n - 1, i + CONTEXT_REACH); j++) {
        maxAfter = Math.max(maxAfter, p[j]);
      }
      r[k++] = (float) maxBefore;
      r[k++] = (float) maxAfter;
      int[] path = paths[i];
      r[k++] = path.length > 1 ? (float) (parentSum[path[1]] / parentCount[path[1]]) : (float) p[i];
      r[k++] = inBest[i] ? 1 : 0;
      r[k++] = allChars == 0 ? 0 : (float) (bestChars / allChars);
      r[k++] = total == 0 ? 0 : (float) (before / total);
      r[k++] = total == 0 ? 0 : (float) ((total - before - here) / total);
      before += here;
      out[i] = r;
    }
    return out;
  }

  /**
   * The feature rows of a page's blocks.
   *
   * @param stats per element: text chars, link chars, pre and post order (see {@link
   *     BlockCollector#stats})
   * @param mainRoots what {@link MainContentFinder} chose, may be empty
   * @param headlines per block, true when it is the page's headline or its text is the title
   */
  static float[][] compute(
      List<RawBlock> blocks,
      Map<Element, int[]> stats,
      List<Element> mainRoots,
      Element headline,
      boolean[] titles) {
    int n = blocks.size();
    float[][] rows = new float[n][NAMES.size()];
    if (n == 0) {
      return rows;
    }
    int[] words = new int[n];
    int cjkWords = 0;
    int[] inMain = new int[n];
    int[] side = new int[n];
    long totalChars = 0;
    int totalWords = 0;
    boolean[] shortLink = new boolean[n];
    for (int i = 0; i < n; i++) {
      RawBlock b = blocks.get(i);
      words[i] = words(b.text());
      // the test of HtmlBlockModel.isShortLink on the row's float values
      shortLink[i] = (float) b.linkDensity() >= 0.99f && words[i] <= HtmlBlockModel.LINK_WORDS;
      totalWords += words[i];
      cjkWords += cjkChars(b.text());
      totalChars += b.textChars();
      side[i] = mainSide(b.owner(), mainRoots, stats);
      inMain[i] = side[i] == 0 ? 1 : 0;
    }
    float cjkShare = totalWords == 0 ? 0 : cjkWords / (float) totalWords;
    int mainChars = 0;
    int mainLinks = 0;
    for (Element root : mainRoots) {
      int[] st = stats.get(root);
      if (st != null) {
        mainChars += st[0];
        mainLinks += st[1];
      }
    }
    Map<Element, Integer> blocksInParent = new IdentityHashMap<>();
    Map<String, Integer> sameText = new HashMap<>();
    for (RawBlock b : blocks) {
      Element parent = b.owner() == null ? null : b.owner().parent();
      if (parent != null) {
        blocksInParent.merge(parent, 1, Integer::sum);
      }
      if (b.text().length() <= SAME_TEXT_CHARS) {
        sameText.merge(b.text(), 1, Integer::sum);
      }
    }
    int[] longBefore = new int[n];
    int[] longAfter = new int[n];
    int last = -CAP;
    for (int i = 0; i < n; i++) {
      longBefore[i] = Math.min(CAP, i - last);
      if (isLong(blocks.get(i), words[i])) {
        last = i;
      }
    }
    last = n - 1 + CAP;
    for (int i = n - 1; i >= 0; i--) {
      longAfter[i] = Math.min(CAP, last - i);
      if (isLong(blocks.get(i), words[i])) {
        last = i;
      }
    }

    double[] stopShare = stopShares(blocks, shortLink);
    int[] afterComments = new int[n];
    last = -CAP;
    for (int i = 0; i < n; i++) {
      afterComments[i] = Math.min(CAP, i - last);
      if (words[i] <= 6 && announcesComments(blocks.get(i).text())) {
        last = i;
      }
    }

    long charsBefore = 0;
    for (int i = 0; i < n; i++) {
      RawBlock b = blocks.get(i);
      float[] r = rows[i];
      if (shortLink[i]) {
        // never scored (HtmlBlockModel.isShortLink) nor learnt from: only what tells it apart and
        // what the second pass reads of every block
        r[WORDS] = words[i];
        r[CHARS] = b.textChars();
        r[LINK_DENSITY] = (float) b.linkDensity();
        charsBefore += b.textChars();
        continue;
      }
      int k = 0;
      String text = b.text();
      int w = Math.max(1, words[i]);
      int sentenceMarks = 0;
      int commas = 0;
      int digits = 0;
      int letters = 0;
      int upper = 0;
      int separators = 0;
      boolean copyright = false;
      int firstLetter = 0; // 1 when the first letter is a capital, 2 when not
      int capitalised = 0; // words that start with a capital letter or a digit
      boolean wordStart = true;
      for (int c = 0; c < text.length(); c++) {
        char ch = text.charAt(c);
        if (wordStart && ch != ' ' && (ch >= '0' && ch <= '9' || Character.isUpperCase(ch))) {
          capitalised++;
        }
        wordStart = ch == ' ';
        switch (ch) {
          case '.', '!', '?', '\u3002', '\uFF01', '\uFF1F' -> sentenceMarks++;
          case ',', '\uFF0C', '\u3001' -> commas++;
          case '|', '\u2022', '\u00B7', '\u00BB', '\u203A', '/', '>' -> separators++;
          case '\u00A9' -> copyright = true;
          default -> {
            if (ch >= '0' && ch <= '9') {
              digits++;
            } else if (Character.isLetter(ch)) {
              letters++;
              boolean capital = Character.isUpperCase(ch);
              if (capital) {
                upper++;
              }
              if (firstLetter == 0) {
                firstLetter = capital ? 1 : 2;
              }
            }
          }
        }
      }
      r[k++] = words[i];
      r[k++] = b.textChars();
      r[k++] = (float) b.linkDensity();
      r[k++] = (float) stopShare[i];
      r[k++] = sentenceMarks / (float) w;
      r[k++] = commas / (float) w;
      r[k++] = endsLikeSentence(text) ? 1 : 0;
      r[k++] = firstLetter == 1 ? 1 : 0;
      r[k++] = digits / (float) Math.max(1, b.textChars());
      r[k++] = upper / (float) Math.max(1, letters);
      r[k++] = Math.min(1f, capitalised / (float) w);
      r[k++] = separators / (float) w;
      r[k++] = copyright ? 1 : 0;
      r[k++] = b.textChars() / (float) w;
      r[k++] = b.kind().ordinal();
      r[k++] = b.depth();
      r[k++] = b.hintType() == null ? 0 : 1 + b.hintType().ordinal();
      for (int t = 0; t < BlockCollector.ANCESTOR_TAGS.size(); t++) {
        r[k++] = (b.tags() >>> t) & 1;
      }
      for (int g = 0; g < NameGroup.ALL.size(); g++) {
        r[k++] = b.nearest()[g];
      }
      r[k++] = inMain[i];
      r[k++] = side[i];
      r[k++] = b.owner() != null && b.owner() == headline ? 1 : 0;
      r[k++] = titles[i] ? 1 : 0;
      r[k++] = i / (float) n;
      r[k++] = totalChars == 0 ? 0 : charsBefore / (float) totalChars;
      Element parent = b.owner() == null ? null : b.owner().parent();
      int[] ps = parent == null ? null : stats.get(parent);
      r[k++] = ps == null ? 0 : ps[0];
      r[k++] = ps == null ? 0 : (float) MainContentFinder.density(ps);
      r[k++] = parent == null ? 0 : blocksInParent.getOrDefault(parent, 0);
      r[k++] = Math.min(CAP, sameText.getOrDefault(text, 1) - 1);
      r[k++] = totalChars == 0 ? 0 : b.textChars() / (float) totalChars;
      r[k++] = longBefore[i];
      r[k++] = longAfter[i];
      r[k++] = afterComments[i];
      r[k++] = totalWords;
      r[k++] = n;
      r[k++] = totalChars == 0 ? 0 : Math.min(1f, mainChars / (float) totalChars);
      r[k++] = mainChars == 0 ? 0 : Math.min(1f, mainLinks / (float) mainChars);
      r[k++] = cjkShare;
      for (int d = -REACH; d <= REACH; d++) {
        if (d == 0) {
          continue;
        }
        int j = i + d;
        if (j < 0 || j >= n) {
          r[k++] = -1;
          r[k++] = -1;
          r[k++] = -1;
          r[k++] = -1;
        } else {
          RawBlock o = blocks.get(j);
          r[k++] = words[j];
          r[k++] = (float) o.linkDensity();
          r[k++] = inMain[j];
          r[k++] = o.kind().ordinal();
        }
      }
      charsBefore += b.textChars();
    }
    return rows;
  }

  /**
   * The words of a block: its whitespace-separated tokens that hold a letter or digit, where each
   * Han, kana or full-width character counts as a word of its own, as the evaluation counts them
   * (Chinese and Japanese put no spaces between words: a paragraph would otherwise be one word).
   */
  static int words(String text) {
    int count = 0;
    boolean inWord = false;
    boolean hasAlnum = false;
    for (int i = 0, n = text.length(); i < n; i++) {
      char c = text.charAt(i);
      if (isCjk(c)) {
        count++;
      } else if (c == ' ') {
        if (inWord && hasAlnum) {
          count++;
        }
        inWord = false;
        hasAlnum = false;
      } else {
        inWord = true;
        hasAlnum = hasAlnum || Character.isLetterOrDigit(c);
      }
    }
    if (inWord && hasAlnum) {
      count++;
    }
    return count;
  }

  private static int cjkChars(String text) {
    int count = 0;
    for (int i = 0, n = text.length(); i < n; i++) {
      if (isCjk(text.charAt(i))) {
        count++;
      }
    }
    return count;
  }

  /**
   * Han (with extension A and compatibility ideographs), kana, and full-width letters and digits.
   */
  static boolean isCjk(char c) {
    return c >= '\u3040' && c <= '\u30FF'
        || c >= '\u3400' && c <= '\u4DBF'
        || c >= '\u4E00' && c <= '\u9FFF'
        || c >= '\uF900' && c <= '\uFAFF'
        || c >= '\uFF10' && c <= '\uFF5A';
  }

  /**
   * True for a short line that heads readers' comments: "12 Comments", "Leave a Reply", "3
   * Responses to …". English only; other languages' comment sections are left to the class names.
   */
  private static boolean announcesComments(String text) {
    String lower = text.toLowerCase(java.util.Locale.ROOT);
    return lower.contains("comment") || lower.contains("repl") || lower.contains("respon");
  }

  private static boolean isLong(RawBlock b, int words) {
    return words >= LONG_BLOCK && b.linkDensity() < 0.3;
  }

  /** -1 before the main content, 0 inside, 1 after; 0 for every block when there is none. */
  private static int mainSide(Element e, List<Element> roots, Map<Element, int[]> stats) {
    if (roots.isEmpty()) {
      return 0;
    }
    int[] mine = e == null ? null : stats.get(e);
    if (mine == null) {
      return 1;
    }
    boolean after = false;
    for (Element root : roots) {
      int[] r = stats.get(root);
      if (r == null) {
        continue;
      }
      if (r[2] <= mine[2] && mine[3] <= r[3]) {
        return 0;
      }
      after |= mine[2] > r[3];
    }
    return after ? 1 : -1;
  }

  private static boolean endsLikeSentence(String text) {
    for (int i = text.length() - 1; i >= 0; i--) {
      char c = text.charAt(i);
      switch (c) {
        case '"', '\'', '\u201D', '\u2019', ')', '\u00BB' -> {
          continue;
        }
        case '.', '!', '?', ':', '\u3002', '\u2026' -> {
          return true;
        }
        default -> {
          return false;
        }
      }
    }
    return false;
  }

  /**
   * Per block, the share of its words that are stop words of the page's language: the language
   * whose list the page's words hit most, so a page needs no lang attribute. Short links are left
   * out (share 0): the model does not score them, and they are most of a page's blocks.
   */
  private static double[] stopShares(List<RawBlock> blocks, boolean[] shortLink) {
    WordIds ids = new WordIds();
    int[][] tokens = new int[blocks.size()][];
    for (int i = 0; i < tokens.length; i++) {
      tokens[i] = shortLink[i] ? NO_IDS : ids.ids(blocks.get(i).text(), STOP_SAMPLE);
    }
    int[] mask = new int[ids.size()];
    for (int id = 0; id < mask.length; id++) {
      mask[id] = StopWords.languageMask(ids.word(id));
    }
    int[] hits = new int[StopWords.LANGUAGES.size()];
    for (int[] t : tokens) {
      for (int id : t) {
        int m = mask[id];
        while (m != 0) {
          hits[Integer.numberOfTrailingZeros(m)]++;
          m &= m - 1;
        }
      }
    }
    int best = 0;
    for (int l = 1; l < hits.length; l++) {
      if (hits[l] > hits[best]) {
        best = l;
      }
    }
    int bit = 1 << best;
    double[] share = new double[tokens.length];
    for (int i = 0; i < tokens.length; i++) {
      int stop = 0;
      for (int id : tokens[i]) {
        if ((mask[id] & bit) != 0) {
          stop++;
        }
      }
      share[i] = tokens[i].length == 0 ? 0 : stop / (double) tokens[i].length;
    }
    return share;
  }
}
