package org.factdesk.analysis.detect;

import java.util.ArrayList;
import java.util.List;
import org.factdesk.analysis.text.KeywordScanner;

/**
 * The keyword prefilters of the AI-disclaimer, legal-notice and promotional detectors and the
 * phrases of a rule set in one automaton: one pass over a block's lower-case text tells each of
 * them which of its keyword lists occur in it, where each used to make its own pass (four passes
 * over every block were about a seventh of the time of a plain-text article). Each detector keeps
 * its lists and reads its own bits, bit i for its list i, exactly as its own {@link KeywordScanner}
 * would give them. Immutable and thread-safe; a {@link RuleSet} makes one for its phrases.
 */
final class Prefilters {
  private static final int AI = 0;
  private static final int LEGAL = AI + AiDisclaimerDetector.KEYWORDS.size();
  private static final int PROMOTION = LEGAL + LegalNoticeDetector.KEYWORDS.size();
  private static final int PHRASES = PROMOTION + PromotionalDetector.KEYWORDS.size();

  /** The rule phrases that fit in the 63 lists of a scanner; a rule set scans for the others. */
  static final int MAX_PHRASES = 63 - PHRASES;

  private final KeywordScanner scanner;
  private final int phrases;

  /**
   * @param phrases lower-case rule phrases; the first {@link #MAX_PHRASES} are scanned for
   */
  Prefilters(List<String> phrases) {
    this.phrases = Math.min(phrases.size(), MAX_PHRASES);
    List<String[]> lists = new ArrayList<>(PHRASES + this.phrases);
    lists.addAll(AiDisclaimerDetector.KEYWORDS);
    lists.addAll(LegalNoticeDetector.KEYWORDS);
    lists.addAll(PromotionalDetector.KEYWORDS);
    for (String phrase : phrases.subList(0, this.phrases)) {
      lists.add(new String[] {phrase});
    }
    this.scanner = new KeywordScanner(lists);
  }

  /** The hits of all lists in a block's lower-case text, for the methods below. */
  long scan(String lower) {
    return scanner.scanWide(lower);
  }

  /** Number of rule phrases, from the first, that {@link #phrase} answers for. */
  int phrases() {
    return phrases;
  }

  /** Whether rule phrase {@code i} (below {@link #phrases()}) occurs in the block. */
  static boolean phrase(long hits, int i) {
    return (hits & 1L << (PHRASES + i)) != 0;
  }

  /** Bit i set when the block holds a keyword of {@link AiDisclaimerDetector#KEYWORDS} list i. */
  static int ai(long hits) {
    return bits(hits, AI, LEGAL);
  }

  /** Bit i set when the block holds a keyword of {@link LegalNoticeDetector#KEYWORDS} list i. */
  static int legal(long hits) {
    return bits(hits, LEGAL, PROMOTION);
  }

  /** Bit i set when the block holds a keyword of {@link PromotionalDetector#KEYWORDS} list i. */
  static int promotion(long hits) {
    return bits(hits, PROMOTION, PHRASES);
  }

  private static int bits(long hits, int from, int to) {
    return (int) (hits >>> from & (1L << (to - from)) - 1);
  }
}
