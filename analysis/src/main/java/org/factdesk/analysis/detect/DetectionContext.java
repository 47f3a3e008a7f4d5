package org.factdesk.analysis.detect;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.factdesk.analysis.OutletFingerprints;
import org.factdesk.analysis.TextBlock;
import org.factdesk.analysis.meta.SiteName;
import org.factdesk.analysis.meta.TextHeader;
import org.factdesk.analysis.text.StopWords;
import org.factdesk.analysis.text.WordIds;
import org.factdesk.analysis.text.Words;

/**
 * Everything the detectors may read about one article: its blocks with their features, the header
 * found at its top, the guessed language and the outlet's known boilerplate lines. Made for one run
 * on one thread; it caches derived data such as term vectors.
 */
public final class DetectionContext {
  private final List<TextBlock> blocks;
  private final List<BlockFeatures> features;
  private final TextHeader header;
  private final String title;
  private final String language;
  private final OutletFingerprints fingerprints;
  private final Set<String> stopWords;
  private final SiteName siteName;

  /** Ids of the distinct words of this article, shared by all its blocks. */
  private final WordIds words = new WordIds();

  private ContentTerms contentTerms;

  /** Term vectors by block, made on first use; a context belongs to one run and one thread. */
  private TermVector[] termVectors;

  /** Word ids by block, made on first use. */
  private int[][] wordIds;

  /** The keyword prefilters of the detectors and of the rule set's phrases. */
  private final Prefilters prefilters;

  /** {@link Prefilters#scan} of each block's lower-case text, -1 until made. */
  private long[] prefilterHits;

  /**
   * @param title the article's title from any source (may be null); the duplicate-title detector
   *     compares against it
   */
  public DetectionContext(
      List<TextBlock> blocks,
      TextHeader header,
      String title,
      String language,
      OutletFingerprints fingerprints) {
    this(blocks, header, title, language, fingerprints, RuleSet.defaults());
  }

  /**
   * @param rules the rule set the run's rule detector matches with, whose phrases are looked for in
   *     the same pass over each block as the other detectors' keywords
   */
  public DetectionContext(
      List<TextBlock> blocks,
      TextHeader header,
      String title,
      String language,
      OutletFingerprints fingerprints,
      RuleSet rules) {
    this(blocks, header, title, language, fingerprints, rules, SiteName.NONE);
  }

  /**
   * @param siteName the site's own name as the importer knows it (decision 0057), or {@link
   *     SiteName#NONE}
   */
  public DetectionContext(
      List<TextBlock> blocks,
      TextHeader header,
      String title,
      String language,
      OutletFingerprints fingerprints,
      RuleSet rules,
      SiteName siteName) {
    this.siteName = Objects.requireNonNull(siteName, "siteName");
    this.prefilters = rules.prefilters();
    this.blocks = List.copyOf(blocks);
    this.header = Objects.requireNonNull(header, "header");
    this.title = title;
    this.language = Objects.requireNonNull(language, "language");
    this.fingerprints = Objects.requireNonNull(fingerprints, "fingerprints");
    this.stopWords = StopWords.of(language);
    List<BlockFeatures> list = new ArrayList<>(blocks.size());
    for (TextBlock b : blocks) {
      list.add(BlockFeatures.of(b));
    }
    this.features = List.copyOf(list);
  }

  public List<TextBlock> blocks() {
    return blocks;
  }

  public int size() {
    return blocks.size();
  }

  public String text(int i) {
    return blocks.get(i).text();
  }

  public BlockFeatures features(int i) {
    return features.get(i);
  }

  public TextHeader header() {
    return header;
  }

  /** The article title, or null when none is known. */
  public String title() {
    return title;
  }

  public String language() {
    return language;
  }

  /** The site's own name from the article's address or outlet; {@link SiteName#NONE} if unknown. */
  public SiteName siteName() {
    return siteName;
  }

  public Set<String> stopWords() {
    return stopWords;
  }

  public OutletFingerprints fingerprints() {
    return fingerprints;
  }

  /**
   * The block's word tokens ({@link Words#tokens}) as ids into {@link #words()}, computed once per
   * run and shared by the detectors and the near-duplicate fingerprints; read-only for callers.
   */
  public int[] wordIds(int i) {
    if (wordIds == null) {
      wordIds = new int[blocks.size()][];
    }
    if (wordIds[i] == null) {
      wordIds[i] = words.ids(blocks.get(i).text());
    }
    return wordIds[i];
  }

  /** The words behind {@link #wordIds}. */
  public WordIds words() {
    return words;
  }

  /** The block's content-word vector; read-only for callers. */
  TermVector termVector(int i) {
    if (termVectors == null) {
      termVectors = new TermVector[blocks.size()];
      contentTerms = new ContentTerms(words, stopWords);
    }
    if (termVectors[i] == null) {
      termVectors[i] = contentTerms.vector(wordIds(i));
    }
    return termVectors[i];
  }

  /** The detectors' keyword prefilters on the block ({@link Prefilters}), one pass per run. */
  long prefilterHits(int i) {
    if (prefilterHits == null) {
      prefilterHits = new long[blocks.size()];
      Arrays.fill(prefilterHits, -1); // no scan sets bit 63: there are at most 63 lists
    }
    if (prefilterHits[i] == -1) {
      prefilterHits[i] = prefilters.scan(features.get(i).lower());
    }
    return prefilterHits[i];
  }

  /** Whether {@link #prefilterHits} include the phrases of {@code rules}. */
  boolean prefiltersFor(RuleSet rules) {
    return prefilters == rules.prefilters();
  }

  /** Index of the title line, -1 when the title is not one of the blocks. */
  public int titleIndex() {
    return header.titleIndex();
  }
}
