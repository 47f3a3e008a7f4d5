package org.factdesk.analysis.claim;

import java.util.Locale;

/**
 * Whether two articles report the same event in different words (decision 0018), from what links
 * them once claims are confirmed: how many of their claims are linked (SAME or CONFLICT), and how
 * close their openings are (title and lead sentences, embedded; see {@link #opening}).
 *
 * <p>One linked claim alone is not a story: two different stories may quote one shared figure. Two
 * linked claims are, or one linked claim and openings at least {@link #CLOSE_OPENINGS} alike.
 * Openings alone are not used: two reports on one subject days apart open alike too.
 */
public final class SameStory {
  /** Linked claims from which two articles are one story whatever their openings. */
  public static final int LINKED_CLAIMS = 2;

  /** Cosine of two openings from which one linked claim makes them one story. */
  public static final double CLOSE_OPENINGS = 0.6;

  /** Sentences of the first paragraphs taken with the title as an article's opening. */
  public static final int LEAD_SENTENCES = 2;

  private SameStory() {}

  /** The verdict in words, or null when the two articles are not one story. */
  public static String reason(int linkedClaims, double openingCosine) {
    if (linkedClaims >= LINKED_CLAIMS) {
      return String.format(
          Locale.ROOT, "%d claims linked; openings %.2f alike", linkedClaims, openingCosine);
    }
    if (linkedClaims >= 1 && openingCosine >= CLOSE_OPENINGS) {
      return String.format(Locale.ROOT, "a claim linked and openings %.2f alike", openingCosine);
    }
    return null;
  }

  /** The text embedded for an article's opening: its title and first sentences, one line. */
  public static String opening(String title, java.util.List<String> leadSentences) {
    StringBuilder out = new StringBuilder(title == null ? "" : title.strip());
    for (int i = 0; i < Math.min(LEAD_SENTENCES, leadSentences.size()); i++) {
      out.append(out.length() == 0 ? "" : " ").append(leadSentences.get(i).strip());
    }
    return out.toString();
  }
}
