package org.factdesk.analysis.detect;

import java.util.ArrayList;
import java.util.List;
import org.factdesk.analysis.text.KeywordScanner;

/**
 * The keyword prefilters of the AI-disclaimer, legal-notice and promotional detectors in one
 * automaton: one pass over a block's lower-case text tells all three which of their keyword lists
 * occur in it, where each used to make its own pass (the three passes were about a tenth of the
 * time of a plain-text article). Each detector keeps its lists and reads its own bits, bit i for
 * its list i, exactly as its own {@link KeywordScanner} would give them.
 */
final class Prefilters {
  private static final int AI = 0;
  private static final int LEGAL = AI + AiDisclaimerDetector.KEYWORDS.size();
  private static final int PROMOTION = LEGAL + LegalNoticeDetector.KEYWORDS.size();
  private static final int LISTS = PROMOTION + PromotionalDetector.KEYWORDS.size();

  private static final KeywordScanner SCANNER = new KeywordScanner(allLists());

  private Prefilters() {}

  private static List<String[]> allLists() {
    List<String[]> lists = new ArrayList<>(LISTS);
    lists.addAll(AiDisclaimerDetector.KEYWORDS);
    lists.addAll(LegalNoticeDetector.KEYWORDS);
    lists.addAll(PromotionalDetector.KEYWORDS);
    return lists;
  }

  /** The hits of all lists in a block's lower-case text, for the methods below. */
  static int scan(String lower) {
    return SCANNER.scan(lower);
  }

  /** Bit i set when the block holds a keyword of {@link AiDisclaimerDetector#KEYWORDS} list i. */
  static int ai(int hits) {
    return bits(hits, AI, LEGAL);
  }

  /** Bit i set when the block holds a keyword of {@link LegalNoticeDetector#KEYWORDS} list i. */
  static int legal(int hits) {
    return bits(hits, LEGAL, PROMOTION);
  }

  /** Bit i set when the block holds a keyword of {@link PromotionalDetector#KEYWORDS} list i. */
  static int promotion(int hits) {
    return bits(hits, PROMOTION, LISTS);
  }

  private static int bits(int hits, int from, int to) {
    return hits >>> from & (1 << (to - from)) - 1;
  }
}
