package org.factdesk.analysis.detect;

import static org.factdesk.analysis.detect.TestArticles.lines;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.factdesk.analysis.FlagType;
import org.junit.jupiter.api.Test;

class AiDisclaimerDetectorTest {
  private final AiDisclaimerDetector cut = new AiDisclaimerDetector();

  @Test
  void flagsLabelledAndSelfReferentialDisclaimers() {
    DetectionContext ctx =
        TestArticles.context(
            lines(
                "Grain Licences Delayed at the Port",
                "Exporters said on Monday that grain licences were taking three weeks instead of"
                    + " ten days.",
                "AI Disclaimer: An automated artificial intelligence system generated this text"
                    + " from public reports.",
                "This article was written with the help of AI and checked by an editor.",
                "Note: the summary above is ours. This content was produced by a large language"
                    + " model."));
    FlagSink sink = TestArticles.run(ctx, cut);
    assertEquals(List.of(2, 3, 4), TestArticles.flagged(sink, ctx, FlagType.AI_DISCLAIMER));
  }

  @Test
  void flagsDisclaimersThatNameTheToolWithoutSayingAi() {
    DetectionContext ctx =
        TestArticles.context(
            lines(
                "Ferry Timetable Changes From June",
                "The operator will add two sailings on weekdays, it said on Tuesday.",
                "About this report: a generative model drafted it from the operator's notice.",
                "The story above was written with automated writing software and reviewed by staff.",
                "Our newsroom covered the debate over artificial intelligence in schools last year."));
    FlagSink sink = TestArticles.run(ctx, cut);
    assertEquals(List.of(2, 3), TestArticles.flagged(sink, ctx, FlagType.AI_DISCLAIMER));
  }

  @Test
  void aParagraphDiscussingAiIsNotADisclaimer() {
    DetectionContext ctx =
        TestArticles.context(
            lines(
                "Canal Board Defends Its Forecasts",
                "The canal board uses an AI-based forecasting model that was written by a"
                    + " university team and generated 400 release plans last year.",
                "Critics said artificial intelligence should not decide how much water farmers"
                    + " receive, and that the content of the model's reports was never"
                    + " published."));
    FlagSink sink = TestArticles.run(ctx, cut);
    assertEquals(List.of(), TestArticles.flagged(sink, ctx, FlagType.AI_DISCLAIMER));
  }

  @Test
  void flagsNotesThatATranslationOrAVersionCameFromAi() {
    DetectionContext ctx =
        TestArticles.context(
            lines(
                "Harbour Dredging Resumes After Storm",
                "Dredgers went back to work on Thursday after a week of high winds.",
                "The Spanish edition of this article was translated by an AI system and checked by"
                    + " our desk.",
                "This shorter version was prepared with generative tools from the full report."));
    FlagSink sink = TestArticles.run(ctx, cut);
    assertEquals(List.of(2, 3), TestArticles.flagged(sink, ctx, FlagType.AI_DISCLAIMER));
  }

  @Test
  void readsDisclosuresInTheLanguagesOfThePages() {
    DetectionContext ctx =
        TestArticles.context(
            lines(
                "Neue Fähre für die Insel",
                "Die Reederei stellte am Montag das neue Schiff vor, das im Mai fahren soll.",
                "Hinweis: Dieser Beitrag wurde mit Unterstützung einer KI verfasst und von der"
                    + " Redaktion geprüft.",
                "Ce texte a été généré en partie par une intelligence artificielle, puis relu.",
                "Nota: este artículo fue elaborado con ayuda de IA y revisado por la redacción.",
                "Deze tekst is gemaakt met behulp van kunstmatige intelligentie.",
                "Questo articolo è stato redatto con il supporto dell'IA.",
                "Este artigo foi gerado com inteligência artificial e revisto por um editor."));
    FlagSink sink = TestArticles.run(ctx, cut);
    assertEquals(
        List.of(2, 3, 4, 5, 6, 7), TestArticles.flagged(sink, ctx, FlagType.AI_DISCLAIMER));
  }

  @Test
  void aDatelineInIowaOrAGermanParagraphAboutAiIsNotADisclaimer() {
    DetectionContext ctx =
        TestArticles.context(
            lines(
                "Seed Prices Climb Before Planting",
                "This story was written by Dana Holt in Ames, IA, for the farm desk.",
                "Die Hochschule hat ein KI-Modell erstellt, das Ernten vorhersagt; die Bauern"
                    + " sind skeptisch.",
                "Die Regierung will den Einsatz von KI in Schulen prüfen, sagte die Ministerin."));
    FlagSink sink = TestArticles.run(ctx, cut);
    assertEquals(List.of(), TestArticles.flagged(sink, ctx, FlagType.AI_DISCLAIMER));
  }
}
