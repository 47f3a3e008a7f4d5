package org.factdesk.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.factdesk.analysis.claim.SpanType;
import org.factdesk.analysis.dedupe.SimHash;
import org.junit.jupiter.api.Test;

/**
 * The engine on the four real scraped articles of {@code shared/samples}, which may not be copied
 * into the project: they are read from where they live, and this test is skipped where they are
 * absent. Expectations are block indexes and flag types only (no sample text), covering the inserts
 * listed in DESIGN.md; every other block must stay unflagged.
 */
class RealSamplesTest {
  private static final Path SAMPLES =
      Path.of(System.getProperty("factdesk.samples", "../shared/samples"));
  private static final Analyzer ANALYZER = new Analyzer();

  private static AnalysisResult analyze(String prefix) throws IOException {
    assumeTrue(
        Files.isDirectory(SAMPLES),
        "samples folder " + SAMPLES + " is absent: skipping the real-sample check");
    try (Stream<Path> files = Files.list(SAMPLES)) {
      Path file =
          files.filter(p -> p.getFileName().toString().startsWith(prefix)).findFirst().orElse(null);
      assumeTrue(file != null, "sample " + prefix + "_* is absent");
      return ANALYZER.analyze(Files.readAllBytes(file), ContentHint.AUTO, SourceInfo.NONE);
    }
  }

  /** Checks that exactly the listed blocks carry flags, each including the listed type. */
  private static void assertFlags(AnalysisResult r, Map<Integer, FlagType> expected) {
    List<String> problems = new ArrayList<>();
    for (TextBlock b : r.blocks()) {
      FlagType type = expected.get(b.index());
      if (type == null && !b.isArticle()) {
        problems.add("block " + b.index() + " should be article but has " + b.flags());
      } else if (type != null && !b.hasFlag(type)) {
        problems.add("block " + b.index() + " should be " + type + " but has " + b.flags());
      }
    }
    assertTrue(problems.isEmpty(), String.join("\n", problems));
  }

  private static Map<Integer, FlagType> range(
      Map<Integer, FlagType> map, int from, int toInclusive, FlagType type) {
    for (int i = from; i <= toInclusive; i++) {
      map.put(i, type);
    }
    return map;
  }

  @Test
  void sample000DatelinePageFurnitureAndTeaserPairs() throws IOException {
    AnalysisResult r = analyze("000");
    Map<Integer, FlagType> expected = new TreeMap<>();
    expected.put(0, FlagType.METADATA); // dateline
    expected.put(2, FlagType.SITE_CHROME); // bare "Date:"
    expected.put(11, FlagType.SITE_CHROME); // "Share post:"
    range(
        expected,
        12,
        r.blocks().size() - 1,
        FlagType.RELATED_LINKS); // Popular / More like this / Related + teasers
    assertEquals(23, r.blocks().size());
    assertFlags(r, expected);
    assertEquals(LocalDate.of(2025, 10, 28), r.metadata().published());
    assertEquals(
        1,
        r.blocks()
            .indexOf(
                r.blocks().stream()
                    .filter(b -> b.text().equals(r.metadata().title()))
                    .findFirst()
                    .orElseThrow()));
    assertTrue(r.claims().stream().anyMatch(c -> c.has(SpanType.PERCENT)));
  }

  @Test
  void sample001OutletHeaderGluedAiDisclaimerAndFiftyHeadlines() throws IOException {
    AnalysisResult r = analyze("001");
    Map<Integer, FlagType> expected = new TreeMap<>();
    range(expected, 0, 2, FlagType.METADATA); // outlet, tagline, dateline
    expected.put(25, FlagType.AI_DISCLAIMER); // glued to the last paragraph's line
    expected.put(26, FlagType.SITE_CHROME); // Newsletter
    expected.put(27, FlagType.RELATED_LINKS); // Related Articles
    range(expected, 28, 30, FlagType.SITE_CHROME); // 0:00, 0:00, Close
    range(expected, 31, 80, FlagType.RELATED_LINKS); // 50 headlines
    expected.put(81, FlagType.SITE_CHROME); // ×
    assertEquals(82, r.blocks().size());
    assertFlags(r, expected);
    assertEquals(LocalDate.of(2025, 6, 11), r.metadata().published());
    assertEquals(r.blocks().get(0).text(), r.metadata().outlet());
    assertEquals(r.blocks().get(3).text(), r.metadata().title());
  }

  @Test
  void sample002PromotionOffTopicSectionNoticesAndRepeatedTitle() throws IOException {
    AnalysisResult r = analyze("002");
    Map<Integer, FlagType> expected = new TreeMap<>();
    expected.put(1, FlagType.DUPLICATE_TITLE); // title + " - Professional coverage"
    expected.put(4, FlagType.PROMOTIONAL); // Special Offer Banner
    expected.put(5, FlagType.PROMOTIONAL); // company praise, first wording
    range(
        expected, 13, 15, FlagType.OFF_TOPIC); // "Broader … Context" header and its two paragraphs
    expected.put(18, FlagType.PROMOTIONAL); // company praise, second wording
    expected.put(20, FlagType.LEGAL_NOTICE); // aggregates
    expected.put(21, FlagType.LEGAL_NOTICE); // trademarks and copyrights
    expected.put(22, FlagType.SITE_CHROME); // Leave a Reply
    expected.put(23, FlagType.LEGAL_NOTICE); // email address will not be published
    assertEquals(24, r.blocks().size());
    assertFlags(r, expected);
  }

  @Test
  void sample003ReadTheseNextWithHeadlineAndBlurbPairs() throws IOException {
    AnalysisResult r = analyze("003");
    Map<Integer, FlagType> expected = new TreeMap<>();
    range(expected, 11, 17, FlagType.RELATED_LINKS);
    assertEquals(18, r.blocks().size());
    assertFlags(r, expected);
  }

  @Test
  void samples001And003TellTheSameStoryAndAreNearDuplicatesOfEachOtherMoreThanOf002()
      throws IOException {
    AnalysisResult a = analyze("001");
    AnalysisResult b = analyze("003");
    AnalysisResult c = analyze("002");
    long ab = SimHash.hammingDistance(a.simHash(), b.simHash());
    long ac = SimHash.hammingDistance(a.simHash(), c.simHash());
    assertTrue(
        a.minHash().similarity(b.minHash()) >= a.minHash().similarity(c.minHash()),
        a.minHash().similarity(b.minHash())
            + " vs "
            + a.minHash().similarity(c.minHash())
            + " (simhash "
            + ab
            + " vs "
            + ac
            + ")");
  }
}
