package org.factdesk.analysis.detect;

import java.util.List;
import java.util.regex.Pattern;
import org.factdesk.analysis.FlagType;
import org.factdesk.analysis.text.Sentence;
import org.factdesk.analysis.text.SentenceSplitter;

/**
 * Flags statements that the text itself was produced by or with artificial intelligence. The
 * evidence must be self-referential: a "Disclaimer" label, or one sentence that names this
 * article/page/content, a verb of producing it, and AI. An article paragraph that merely discusses
 * AI has no such self-reference and is left alone.
 */
public final class AiDisclaimerDetector implements Detector {
  public static final String ID = "ai-disclaimer";

  private static final Pattern AI =
      Pattern.compile(
          "\\bAI\\b|artificial intelligence|language model|\\bLLMs?\\b|ChatGPT|machine[- ]generated"
              + "|automated system|\\bGPT-?\\d"
              + "|automated (?:writing|writer|news[- ]?writing|text|content|tools?|software|program)"
              + "|generative (?:model|tools?|software|system|technology)"
              + "|machine[- ]learning (?:software|model|tools?|system|program)");
  private static final Pattern AI_CI = Pattern.compile(AI.pattern(), Pattern.CASE_INSENSITIVE);
  private static final Pattern LABEL =
      Pattern.compile(
          "^(?:(?:AI|A\\.I\\.|artificial intelligence)[-"
              + " ]?\\w*\\s+)?disclaimer\\s*[:\u2013\u2014-]",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern SELF =
      Pattern.compile(
          "\\b(?:this|our)\\s+(?:article|content|story|page|post|summary|text|report|piece|site|website|news|newsroom)\\b"
              + "|\\bthe\\s+(?:article|content|story|text|report|summary)\\s+(?:above|below)\\b",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern PRODUCED =
      Pattern.compile(
          "\\b(?:generated|written|produced|created|composed|drafted|prepared|assisted|summari[sz]ed|edited"
              + "|wrote|writes|generates|produces|drafts)\\b",
          Pattern.CASE_INSENSITIVE);

  /**
   * The keywords a block must hold: the label, a self-reference, a name of AI, and a word of
   * producing (one of these occurs whenever {@link #PRODUCED} matches). Found in one pass with the
   * other detectors' keywords ({@link Prefilters}).
   */
  static final List<String[]> KEYWORDS =
      List.of(
          new String[] {"disclaimer"},
          new String[] {"this ", "our ", " above", " below"},
          new String[] {
            "artificial",
            " ai",
            "ai ",
            "(ai",
            "ai-",
            "language model",
            "llm",
            "gpt",
            "automated",
            "generative",
            "machine"
          },
          producedKeywords());

  private static final int LABEL_WORD = 1;
  private static final int SELF_WORDS = 1 << 1;
  private static final int AI_WORDS = 1 << 2;
  private static final int PRODUCED_WORDS = 1 << 3;

  private static String[] producedKeywords() {
    return new String[] {
      "generate",
      "written",
      "produce",
      "created",
      "composed",
      "draft",
      "prepared",
      "assisted",
      "summari",
      "edited",
      "wrote",
      "writes"
    };
  }

  @Override
  public String id() {
    return ID;
  }

  @Override
  public void detect(DetectionContext context, FlagSink sink) {
    for (int i = 0; i < context.size(); i++) {
      String text = context.text(i);
      int present = Prefilters.ai(context.prefilterHits(i));
      boolean labelled = (present & LABEL_WORD) != 0;
      boolean selfAndAi = (present & SELF_WORDS) != 0 && (present & AI_WORDS) != 0;
      if (!labelled && !selfAndAi) {
        continue;
      }
      if (LABEL.matcher(text).find() && AI_CI.matcher(text).find()) {
        sink.add(
            i, FlagType.AI_DISCLAIMER, 0.97, ID, "starts with a disclaimer label and names AI");
        continue;
      }
      if ((present & PRODUCED_WORDS) == 0) {
        continue; // no sentence can say how the text was produced
      }
      for (Sentence s : SentenceSplitter.split(text)) {
        if (SELF.matcher(s.text()).find()
            && PRODUCED.matcher(s.text()).find()
            && AI.matcher(s.text()).find()) {
          sink.add(
              i,
              FlagType.AI_DISCLAIMER,
              0.88,
              ID,
              "a sentence says this text was produced with AI: '" + abbreviate(s.text()) + "'");
          break;
        }
      }
    }
  }

  static String abbreviate(String s) {
    return s.length() <= 90 ? s : s.substring(0, 87) + "...";
  }
}
