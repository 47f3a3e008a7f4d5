package org.factdesk.analysis.detect;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.factdesk.analysis.FlagType;

/**
 * Flags a company praising its own products inside an article ("X produces the most advanced…,
 * trusted by…"). Marketing cues are counted per block: two or more flag it; one flags it only when
 * the block is also far from the article's topic; a call to action or an offer alone never does.
 * News paragraphs attribute claims ("said", "according to"), so attribution vetoes weak evidence.
 * The same company praised in several blocks raises confidence; a company the article is about
 * lowers it.
 */
public final class PromotionalDetector implements Detector {
  public static final String ID = "promo";

  /** A marketing cue with the lower-case keywords one of which must occur for it to match. */
  private record Cue(String name, Pattern pattern, String[] keywords) {}

  private static final List<Cue> CUES =
      List.of(
          cue(
              "self-praise",
              "\\b(?:produces|delivers|offers|provides|manufactures|makes|sells|builds|supplies|designs|creates)\\s+(?:the\\s+|a\\s+)?(?:most|best|leading|finest|premier|top|highest[-"
                  + " ]quality|world'?s\\s+(?:best|leading|most|finest))\\b",
              "most|best|leading|finest|premier|top|highest|world"),
          cue("'trusted by'", "\\btrusted by\\b", "trusted by"),
          cue("'top-rated'", "\\b(?:top|highest|best|five[- ]star)[- ]rated\\b", "rated"),
          cue("'award-winning'", "\\baward[- ]winning\\b", "award"),
          cue(
              "'industry-leading'",
              "\\b(?:industry|market)[- ]leading\\b|\\bworld[- ]class\\b|\\bunrivall?ed\\b",
              "leading|class|unrival"),
          cue("'proven in'", "\\bproven in (?:over |more than )?[\\d,]+", "proven in"),
          cue(
              "call to action",
              "\\b(?:buy|order|shop|call|contact us|visit|get yours|sign"
                  + " up)\\b.{0,25}?\\b(?:now|today)\\b",
              "now|today"),
          cue(
              "offer",
              "\\b(?:special offer|free shipping|free trial|discount|limited[- ]time)\\b",
              "offer|free|discount|limited"));

  /** The keywords of each cue, list i for cue i, found in one pass by {@link Prefilters}. */
  static final List<String[]> KEYWORDS = CUES.stream().map(Cue::keywords).toList();

  /** Cues that only count alongside a stronger one. */
  private static final Set<String> WEAK_CUES = Set.of("call to action", "offer");

  private static final Pattern ATTRIBUTION =
      Pattern.compile(
          "\\b(?:said|says|told|according to|stated|reported|announced|analysts?|officials?)\\b",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern LEADING_NAME =
      Pattern.compile("^((?:\\p{Lu}[\\p{L}\\d&.'-]*\\s+){1,4})(?=\\p{Ll})");

  private static Cue cue(String name, String regex, String keywords) {
    return new Cue(name, Pattern.compile(regex, Pattern.CASE_INSENSITIVE), keywords.split("\\|"));
  }

  @Override
  public String id() {
    return ID;
  }

  /** A block with at least one marketing cue, and the company it seems to praise (or null). */
  private record Candidate(int block, List<String> cues, String brand) {}

  @Override
  public void detect(DetectionContext context, FlagSink sink) {
    List<Candidate> candidates = new ArrayList<>();
    Map<String, Integer> brandCount = new HashMap<>();
    for (int i = 0; i < context.size(); i++) {
      if (sink.isFlagged(i) || i == context.titleIndex() || context.features(i).words() < 6) {
        continue;
      }
      List<String> cues = cues(context, i);
      if (cues.isEmpty() || cues.stream().allMatch(WEAK_CUES::contains)) {
        continue; // "visit today" or "discount" alone is ordinary news language
      }
      String brand = leadingName(context.text(i));
      candidates.add(new Candidate(i, cues, brand));
      if (brand != null) {
        brandCount.merge(brand, 1, Integer::sum);
      }
    }
    if (candidates.isEmpty()) {
      return;
    }
    ArticleCentroid centroid = new ArticleCentroid(context, sink);
    Map<String, Boolean> brandInArticleCache = new HashMap<>();
    for (Candidate c : candidates) {
      int i = c.block();
      boolean attributed = ATTRIBUTION.matcher(context.text(i)).find();
      double sim = centroid.similarityWithout(centroid.vector(i), context.features(i).paragraph());
      boolean repeated = c.brand() != null && brandCount.get(c.brand()) > 1;
      boolean brandInArticle =
          c.brand() != null
              && brandInArticleCache.computeIfAbsent(
                  c.brand(), b -> mentionedInArticle(context, sink, b));
      int cues = c.cues().size();
      boolean promo;
      if (attributed) {
        promo = cues >= 3;
      } else if (brandInArticle) {
        promo = cues >= 3 || (cues >= 2 && sim < 0.1);
      } else {
        promo = cues >= 2 || (sim < 0.12 && (repeated || context.features(i).words() < 60));
      }
      if (promo) {
        double confidence =
            Math.min(0.95, 0.55 + 0.12 * cues + (repeated ? 0.1 : 0) - (brandInArticle ? 0.15 : 0));
        sink.add(
            i,
            FlagType.PROMOTIONAL,
            confidence,
            ID,
            reason(c, repeated ? brandCount.get(c.brand()) : 1, sim));
      }
    }
  }

  private static List<String> cues(DetectionContext context, int i) {
    String text = context.text(i);
    int present = Prefilters.promotion(context.prefilterHits(i));
    List<String> found = new ArrayList<>();
    for (int c = 0; c < CUES.size(); c++) {
      Cue cue = CUES.get(c);
      if ((present & 1 << c) != 0 && cue.pattern.matcher(text).find()) {
        found.add(cue.name);
      }
    }
    return found;
  }

  private static String reason(Candidate c, int brandBlocks, double sim) {
    StringBuilder reason =
        new StringBuilder("marketing language: ").append(String.join(", ", c.cues()));
    if (c.brand() != null) {
      reason.append("; praises '").append(c.brand()).append("'");
      if (brandBlocks > 1) {
        reason.append(", which is praised in ").append(brandBlocks).append(" blocks");
      }
    }
    return reason
        .append(String.format(Locale.ROOT, "; similarity to the article %.2f", sim))
        .toString();
  }

  private static String leadingName(String text) {
    Matcher m = LEADING_NAME.matcher(text);
    if (!m.find()) {
      return null;
    }
    String name = m.group(1).strip();
    return name.indexOf(' ') > 0 || name.length() > 3 ? name : null;
  }

  /**
   * True when an unflagged block without marketing cues names the company: the story is about it.
   */
  private static boolean mentionedInArticle(DetectionContext context, FlagSink sink, String brand) {
    String lower = brand.toLowerCase(Locale.ROOT);
    for (int i = 0; i < context.size(); i++) {
      if (!sink.isFlagged(i)
          && context.features(i).lower().contains(lower)
          && cues(context, i).isEmpty()) {
        return true;
      }
    }
    return false;
  }
}
