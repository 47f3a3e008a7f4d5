package org.factdesk.analysis.detect;

import java.util.List;
import java.util.regex.Pattern;
import org.factdesk.analysis.FlagType;

/**
 * Flags aggregator statements ("This coverage aggregates…"), copyright and trademark notices and
 * comment-form privacy notes. Like AI disclaimers these speak about the page itself, which is what
 * separates them from news sentences about copyright or aggregation.
 */
public final class LegalNoticeDetector implements Detector {
  public static final String ID = "legal";

  /** A regex with the lower-case keywords one of which must occur before it is worth running. */
  private record Cue(Pattern pattern, double confidence, String reason, String[] keywords) {}

  private static final List<Cue> CUES =
      List.of(
          cue(
              "\\b(?:this|our)\\s+(?:coverage|article|report|story|page|site|website|summary|content|post)\\s+(?:aggregates|is"
                  + " aggregated|compiles|is compiled|was compiled|summari[sz]es|is based on|draws"
                  + " on|collects|curates|reports on information)\\b",
              0.92,
              "aggregator notice: the text says it compiles other sources",
              "aggregat|compile|summari|based on|draws on|collects|curates|reports on"),
          cue(
              "\\ball\\s+(?:claims|statements|quotes|information)(?:\\s+and\\s+\\w+)?\\s+(?:are|is)\\s+attributed\\s+to\\b",
              0.9,
              "attribution notice about the page's sources",
              "attributed"),
          cue(
              "\\b(?:trademarks|trade marks|copyrights|logos|brand names)\\b.{0,60}?"
                  + "\\b(?:belong to|are (?:the )?property of|respective owners)\\b",
              0.92,
              "trademark / copyright notice",
              "trademark|trade mark|copyright|logos|brand names"),
          cue("\\ball rights reserved\\b", 0.88, "copyright notice", "rights reserved"),
          cue(
              "^(?:©|\\(c\\)|copyright\\s*©?)\\s*(?:\\d{4}|[A-Z])",
              0.88, "copyright line", "©|(c)|copyright"),
          cue(
              "\\byour email address will not be published\\b",
              0.92,
              "comment form privacy note",
              "email address"),
          cue("\\brequired fields are marked\\b", 0.9, "comment form notice", "required fields"),
          cue(
              "\\b(?:by (?:using|continuing to use) this (?:site|website)|you agree to (?:our|the) "
                  + "(?:terms|use of cookies|privacy policy))\\b",
              0.85,
              "terms-of-use notice",
              "this site|this website|you agree"));

  /** The keywords of each cue, list i for cue i, found in one pass by {@link Prefilters}. */
  static final List<String[]> KEYWORDS = CUES.stream().map(Cue::keywords).toList();

  private static Cue cue(String regex, double confidence, String reason, String keywords) {
    return new Cue(
        Pattern.compile(regex, Pattern.CASE_INSENSITIVE),
        confidence,
        reason,
        keywords.split("\\|"));
  }

  @Override
  public String id() {
    return ID;
  }

  @Override
  public void detect(DetectionContext context, FlagSink sink) {
    for (int i = 0; i < context.size(); i++) {
      if (context.features(i).words() > 120) {
        continue; // a notice is short; a long paragraph citing copyright law is reporting
      }
      String text = context.text(i);
      int present = Prefilters.legal(context.prefilterHits(i));
      for (int c = 0; c < CUES.size(); c++) {
        Cue cue = CUES.get(c);
        if ((present & 1 << c) != 0 && cue.pattern.matcher(text).find()) {
          sink.add(i, FlagType.LEGAL_NOTICE, cue.confidence, ID, cue.reason);
          break;
        }
      }
    }
  }
}
