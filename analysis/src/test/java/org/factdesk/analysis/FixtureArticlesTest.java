package org.factdesk.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Runs the engine on the invented fixture articles (shaped like the real samples) and checks each
 * block against the fixture's {@code .expected} file: every listed insert carries its flag type,
 * every other block (article paragraphs, subheadings, quotes, list items) carries none.
 *
 * <p>Expectation format, one line per block it names: {@code TYPE<TAB>start of the block's text}
 * (the longest matching start wins). {@code TYPE...} also covers every later block not named
 * itself; {@code TITLE} and {@code ARTICLE} mean "no flag" and only document intent.
 */
class FixtureArticlesTest {
  private static final Analyzer ANALYZER = new Analyzer();

  private record Expectation(String type, String prefix, boolean toEnd) {}

  @ParameterizedTest
  @ValueSource(
      strings = {
        "outlet-header-related-run",
        "promo-offtopic-notices",
        "popular-related-pairs",
        "read-these-next"
      })
  void everyInsertIsFlaggedAndNoArticleTextIs(String name) throws IOException {
    byte[] bytes = resource(name + ".txt");
    AnalysisResult result = ANALYZER.analyze(bytes, ContentHint.AUTO, SourceInfo.NONE);
    List<Expectation> expectations =
        expectations(new String(resource(name + ".expected"), StandardCharsets.UTF_8));
    String carried = null;
    List<String> problems = new ArrayList<>();
    for (TextBlock block : result.blocks()) {
      Expectation named = null;
      for (Expectation e : expectations) {
        if (block.text().startsWith(e.prefix)
            && (named == null || e.prefix.length() > named.prefix.length())) {
          named = e; // the longest prefix names the block, so a title and its repeat can differ
        }
      }
      String expected = named != null ? named.type : carried;
      if (named != null && named.toEnd) {
        carried = named.type;
      }
      boolean article = expected == null || expected.equals("TITLE") || expected.equals("ARTICLE");
      if (article && !block.isArticle()) {
        problems.add(
            "article block " + block.index() + " flagged " + block.flags() + ": " + block.text());
      } else if (!article && !block.hasFlag(FlagType.valueOf(expected))) {
        problems.add(
            "block "
                + block.index()
                + " should be "
                + expected
                + " but has "
                + block.flags()
                + ": "
                + block.text());
      }
    }
    assertTrue(problems.isEmpty(), String.join("\n", problems));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "outlet-header-related-run",
        "promo-offtopic-notices",
        "popular-related-pairs",
        "read-these-next"
      })
  void everyExpectationNamesABlock(String name) throws IOException {
    AnalysisResult result =
        ANALYZER.analyze(resource(name + ".txt"), ContentHint.TEXT, SourceInfo.NONE);
    for (Expectation e :
        expectations(new String(resource(name + ".expected"), StandardCharsets.UTF_8))) {
      assertTrue(
          result.blocks().stream().anyMatch(b -> b.text().startsWith(e.prefix)),
          "no block starts with " + e.prefix);
    }
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "outlet-header-related-run",
        "promo-offtopic-notices",
        "popular-related-pairs",
        "read-these-next"
      })
  void theCleanTextKeepsTheTitleAndArticleAndDropsInserts(String name) throws IOException {
    AnalysisResult result =
        ANALYZER.analyze(resource(name + ".txt"), ContentHint.AUTO, SourceInfo.NONE);
    assertNotNull(result.metadata().title());
    assertTrue(result.cleanText().startsWith(result.metadata().title()), result.cleanText());
    assertFalse(result.cleanText().contains("Related Articles"));
    assertFalse(result.cleanText().contains("Read These Next"));
    assertFalse(result.cleanText().contains("Special Offer"));
    assertFalse(result.claims().isEmpty());
  }

  @ParameterizedTest
  @ValueSource(strings = {"promo-offtopic-notices"})
  void negativeCasesInThePromoFixtureStayArticle(String name) throws IOException {
    AnalysisResult result =
        ANALYZER.analyze(resource(name + ".txt"), ContentHint.TEXT, SourceInfo.NONE);
    assertEquals(
        3,
        result.blocks().stream()
            .filter(
                b ->
                    b.text().startsWith("Greenmarsh")
                        || b.text().startsWith("The board uses an AI")
                        || b.text().startsWith("Canal board chairwoman"))
            .filter(TextBlock::isArticle)
            .count());
  }

  static byte[] resource(String name) throws IOException {
    try (InputStream in =
        FixtureArticlesTest.class.getResourceAsStream("/org/factdesk/analysis/fixtures/" + name)) {
      assertNotNull(in, "missing fixture " + name);
      return in.readAllBytes();
    }
  }

  private static List<Expectation> expectations(String text) {
    List<Expectation> out = new ArrayList<>();
    for (String line : text.split("\n")) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] cols = line.split("\t", 2);
      boolean toEnd = cols[0].endsWith("...");
      out.add(
          new Expectation(
              toEnd ? cols[0].substring(0, cols[0].length() - 3) : cols[0], cols[1], toEnd));
    }
    return out;
  }
}
