package org.factdesk.analysis.html;

import org.factdesk.analysis.model.BoostedTrees;

/**
 * The learned half of HTML extraction: gradient-boosted trees that give each block the probability
 * that it is main text, in two passes. The first reads the block's {@link HtmlBlockFeatures}; the
 * second reads them again with the first pass's probabilities around the block ({@link
 * HtmlBlockFeatures#CONTEXT_NAMES}), the way jusText lets a block's neighbours settle an uncertain
 * block. Trained on the public pages of the web evaluation's dev split by {@code
 * org.factdesk.analysis.train.TrainHtmlBlocks} in analysis-tools, which writes {@value #FIRST} and
 * {@value #CONTEXT} again byte for byte. Immutable and thread-safe.
 */
public final class HtmlBlockModel {
  /** The models' version; a retrained model with other features gets a new one. */
  public static final String VERSION = "html-blocks-v3";

  public static final String FIRST = "org/factdesk/analysis/model/" + VERSION + ".trees";

  public static final String CONTEXT = "org/factdesk/analysis/model/" + VERSION + "-context.trees";

  /** A block at or above this probability is main text. */
  public static final double THRESHOLD = 0.5;

  private static final class Shipped {
    static final HtmlBlockModel MODEL =
        new HtmlBlockModel(BoostedTrees.load(FIRST), BoostedTrees.load(CONTEXT));
  }

  private final BoostedTrees first;
  private final BoostedTrees context;

  /**
   * @throws IllegalArgumentException when the trees were trained on other features than the engine
   *     computes
   */
  public HtmlBlockModel(BoostedTrees first, BoostedTrees context) {
    require(first, HtmlBlockFeatures.NAMES);
    require(context, HtmlBlockFeatures.CONTEXT_NAMES);
    this.first = first;
    this.context = context;
  }

  private static void require(BoostedTrees trees, java.util.List<String> names) {
    if (!trees.featureNames().equals(names)) {
      throw new IllegalArgumentException(
          "model " + trees.version() + " was trained on other features than this engine computes");
    }
  }

  /** The model shipped with the engine, read once. */
  public static HtmlBlockModel shipped() {
    return Shipped.MODEL;
  }

  /**
   * The first pass's probability at or below which, or at or above one minus which, a block is
   * settled: the second pass reads only the blocks in between. Most blocks of a page (menus, link
   * lists, long paragraphs) are settled, and scoring every block twice cost more time than a page
   * may take.
   */
  static final double SETTLED = 0.1;

  /** True when the second pass leaves a block of this first-pass probability as it is. */
  public static boolean settled(double firstPass) {
    return firstPass <= SETTLED || firstPass >= 1 - SETTLED;
  }

  /**
   * A block of at most this many words that is all link text is a link, not article text, and the
   * first pass does not score it (on dev pages a third of all blocks, 0.3% of the article words):
   * menus and link lists hold most of a page's blocks, and scoring them all cost more time than a
   * page may take.
   */
  public static final int LINK_WORDS = 4;

  private static final int WORDS = HtmlBlockFeatures.NAMES.indexOf("words");
  private static final int LINK_DENSITY = HtmlBlockFeatures.NAMES.indexOf("link_density");

  /** True for a block the first pass leaves out (see {@link #LINK_WORDS}). */
  public static boolean isShortLink(float[] row) {
    return row[LINK_DENSITY] >= 0.99f && row[WORDS] <= LINK_WORDS;
  }

  private static final int UP_TO_COMMENT = HtmlBlockFeatures.NAMES.indexOf("up_to_comment");
  private static final int IN_MAIN_CONTENT = HtmlBlockFeatures.NAMES.indexOf("in_main_content");

  /**
   * True for a block inside an element whose class or id names readers' comments ({@link
   * NameGroup#COMMENT}: comment, disqus, reply…) and outside the main content: not article text
   * whatever the model says (decision 0016). The model learnt that from the labels, but a short
   * comment in plain sentences reads like a paragraph and it kept some.
   */
  public static boolean inReadersComments(float[] row) {
    return !isShortLink(row)
        && row[UP_TO_COMMENT] < BlockCollector.FAR
        && row[IN_MAIN_CONTENT] == 0;
  }

  /** Per block of the table, the probability that it is main text. */
  public double[] probabilities(HtmlBlockFeatures.Table table) {
    double[] p = firstPass(first, table.rows());
    return secondPass(p, table.contextRows(p));
  }

  /** The first pass of {@code trees}: 0 for a short link, else the trees' probability. */
  public static double[] firstPass(BoostedTrees trees, float[][] rows) {
    double[] p = new double[rows.length];
    for (int i = 0; i < rows.length; i++) {
      p[i] = isShortLink(rows[i]) ? 0 : trees.probability(rows[i]);
    }
    return p;
  }

  private double[] secondPass(double[] firstPass, float[][] contextRows) {
    double[] p = firstPass.clone();
    for (int i = 0; i < p.length; i++) {
      if (!settled(p[i])) {
        p[i] = context.probability(contextRows[i]);
      }
    }
    return p;
  }

  double[] probabilities(java.util.List<BlockCollector.RawBlock> blocks, float[][] rows) {
    double[] p = firstPass(first, rows);
    return secondPass(p, HtmlBlockFeatures.context(HtmlBlockFeatures.paths(blocks), rows, p));
  }
}
