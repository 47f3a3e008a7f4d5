package org.factdesk.analysis.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.factdesk.analysis.FlagType;
import org.junit.jupiter.api.Test;

/** The arithmetic of the evaluation, on cases small enough to count by hand. */
class EvaluationTest {
  private static final double EPS = 1e-9;

  @Test
  void blockScoresCountRightTypeWrongTypeAndMissesPerType() {
    Scoreboard cut = new Scoreboard();
    cut.add(FlagType.AI_DISCLAIMER, FlagType.AI_DISCLAIMER); // TP AI
    cut.add(null, FlagType.PROMOTIONAL); // FP PROMO (article flagged)
    cut.add(FlagType.RELATED_LINKS, FlagType.SITE_CHROME); // FP CHROME and FN RELATED
    cut.add(FlagType.RELATED_LINKS, null); // FN RELATED
    cut.add(null, null); // article kept: counts nowhere
    cut.add(FlagType.RELATED_LINKS, FlagType.RELATED_LINKS); // TP RELATED

    assertEquals(new Counts(1, 0, 0), cut.of(FlagType.AI_DISCLAIMER));
    assertEquals(new Counts(0, 1, 0), cut.of(FlagType.PROMOTIONAL));
    assertEquals(new Counts(0, 1, 0), cut.of(FlagType.SITE_CHROME));
    assertEquals(new Counts(1, 0, 2), cut.of(FlagType.RELATED_LINKS));
    assertEquals(Counts.ZERO, cut.of(FlagType.METADATA));

    Counts related = cut.of(FlagType.RELATED_LINKS);
    assertEquals(1.0, related.precision(), EPS);
    assertEquals(1.0 / 3, related.recall(), EPS);
    assertEquals(0.5, related.f1(), EPS); // 2 * 1 * 1/3 / (4/3)
    assertEquals(0.0, cut.of(FlagType.PROMOTIONAL).precision(), EPS);
    assertTrue(Double.isNaN(cut.of(FlagType.PROMOTIONAL).recall()), "no gold promotion");
    assertTrue(Double.isNaN(cut.of(FlagType.METADATA).f1()), "nothing to score");

    assertEquals(new Counts(2, 2, 2), cut.overall());
    assertEquals(0.5, cut.overall().f1(), EPS);
    // untyped: 3 boilerplate blocks flagged (one with the wrong type), 1 article flagged, 1 missed
    assertEquals(new Counts(3, 1, 1), cut.detection());
    assertEquals(0.75, cut.detection().f1(), EPS);
  }

  @Test
  void scoreboardsAddUp() {
    Scoreboard text = new Scoreboard();
    text.add(FlagType.METADATA, FlagType.METADATA);
    Scoreboard html = new Scoreboard();
    html.add(FlagType.METADATA, null);
    html.add(null, FlagType.METADATA);
    Scoreboard all = new Scoreboard();
    all.addAll(text);
    all.addAll(html);
    assertEquals(new Counts(1, 1, 1), all.of(FlagType.METADATA));
    assertEquals(new Counts(1, 1, 1), all.detection());
  }

  @Test
  void tokenOverlapIsABagOfLowerCasedWords() {
    TokenOverlap cut = TokenOverlap.of("The cat sat on the mat.", "the CAT, sat");
    assertEquals(new TokenOverlap(6, 3, 3), cut);
    assertEquals(0.5, cut.precision(), EPS);
    assertEquals(1.0, cut.recall(), EPS);
    assertEquals(2.0 / 3, cut.f1(), EPS);

    // a repeated word only counts as often as the gold text has it
    assertEquals(new TokenOverlap(4, 2, 1), TokenOverlap.of("no no no yes", "no maybe"));
    // numbers and non-Latin letters are words too; punctuation is not
    assertEquals(new TokenOverlap(3, 3, 3), TokenOverlap.of("3,000 Zürich", "3 000 zürich!"));
  }

  @Test
  void tokenOverlapOfEmptyTexts() {
    assertEquals(1.0, TokenOverlap.of("", "").f1(), EPS);
    assertEquals(0.0, TokenOverlap.of("", "words here").f1(), EPS);
    assertEquals(0.0, TokenOverlap.of("stray words", "").f1(), EPS);
    TokenOverlap sum = TokenOverlap.of("a b", "a").plus(TokenOverlap.of("c", "c d"));
    assertEquals(new TokenOverlap(3, 3, 2), sum);
  }

  @Test
  void labelsClaimBlocksInOrderSoRepeatedLinesAreListedRepeatedly() {
    List<String> blocks =
        List.of("Title of the story", "Reply", "Body text of the article.", "Reply", "Shares fell");
    List<Label> labels =
        List.of(
            new Label(FlagType.SITE_CHROME, "Reply", 1),
            new Label(FlagType.SITE_CHROME, "Reply", 2),
            new Label(FlagType.SITE_CHROME, "Share", 3));
    LabelMatcher.Alignment cut = LabelMatcher.align(blocks, labels);
    assertEquals(
        Arrays.asList(null, FlagType.SITE_CHROME, null, FlagType.SITE_CHROME, null), cut.gold());
    // "Share" is shorter than a prefix may be, so it does not name "Shares fell"
    assertEquals(List.of(labels.get(2)), cut.unmatched());
  }

  @Test
  void anArticleLabelSkipsATwinOfALabelledLine() {
    List<String> blocks =
        List.of("Port Strike Ends", "Body text of the article.", "Port Strike Ends");
    List<Label> labels =
        Corpus.parseLabels("ARTICLE\tPort Strike Ends\nDUPLICATE_TITLE\tPort Strike Ends\n", "x");
    assertEquals(
        Arrays.asList(null, null, FlagType.DUPLICATE_TITLE),
        LabelMatcher.align(blocks, labels).gold());
    assertEquals("ARTICLE", labels.get(0).typeName());
  }

  @Test
  void aLongLabelMayBeAPrefixOfItsBlock() {
    String longBlock = "Disclosure: this content was created with the help of software.";
    Label prefix = new Label(FlagType.AI_DISCLAIMER, "Disclosure: this content was", 1);
    Label tooShort = new Label(FlagType.AI_DISCLAIMER, "Disclosure:", 2);
    assertTrue(prefix.names(longBlock));
    assertTrue(!tooShort.names(longBlock));
    assertTrue(tooShort.names("Disclosure:"));
  }

  @Test
  void theCommandPrintsTheTablesForAFolderAndRejectsBadArguments() throws Exception {
    Path folder = Files.createTempDirectory("corpus");
    try {
      Files.writeString(
          folder.resolve("tiny.txt"),
          "Harbour Tolls Rise\n\nThe harbour board raised tolls by 4 percent on Monday, its first"
              + " increase since 2019, citing dredging costs.\n\nShare this:\n");
      Files.writeString(folder.resolve("tiny.labels"), "SITE_CHROME\tShare this:\n");
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      int code =
          Evaluation.run(
              new String[] {folder.toString()},
              new PrintStream(out, true, StandardCharsets.UTF_8),
              System.err);
      String printed = out.toString(StandardCharsets.UTF_8);
      assertEquals(0, code, printed);
      assertTrue(printed.contains("1 articles (1 text, 0 HTML)"), printed);
      assertTrue(printed.contains("overall (micro)"), printed);

      Files.writeString(folder.resolve("tiny.labels"), "SITE_CHROME\tShare that:\n");
      assertEquals(1, Evaluation.run(new String[] {folder.toString()}, quiet(), quiet()));
    } finally {
      try (var files = Files.list(folder)) {
        for (Path f : files.toList()) {
          Files.delete(f);
        }
      }
      Files.delete(folder);
    }
    assertEquals(2, Evaluation.run(new String[0], quiet(), quiet()));
    assertEquals(2, Evaluation.run(new String[] {"no/such/folder"}, quiet(), quiet()));
  }

  private static PrintStream quiet() {
    return new PrintStream(OutputStream.nullOutputStream());
  }

  @Test
  void labelsFileRejectsUnknownTypesAndMissingTabs() {
    List<Label> parsed =
        Corpus.parseLabels("# comment\n\nsite_chrome\tShare this:\r\nMETADATA\tBy Ann Lee\n", "x");
    assertEquals(
        List.of(
            new Label(FlagType.SITE_CHROME, "Share this:", 3),
            new Label(FlagType.METADATA, "By Ann Lee", 4)),
        parsed);
    IllegalArgumentException unknown =
        assertThrows(
            IllegalArgumentException.class, () -> Corpus.parseLabels("ADVERT\tBuy now", "f"));
    assertTrue(unknown.getMessage().contains("f:1: unknown flag type 'ADVERT'"));
    assertThrows(IllegalArgumentException.class, () -> Corpus.parseLabels("METADATA By", "f"));
  }
}
