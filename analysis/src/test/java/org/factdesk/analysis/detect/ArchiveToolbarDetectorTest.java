package org.factdesk.analysis.detect;

import static org.factdesk.analysis.detect.TestArticles.lines;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.IntStream;
import org.factdesk.analysis.AnalysisResult;
import org.factdesk.analysis.Analyzer;
import org.factdesk.analysis.ContentHint;
import org.factdesk.analysis.FlagType;
import org.factdesk.analysis.SourceInfo;
import org.factdesk.analysis.TextBlock;
import org.junit.jupiter.api.Test;

class ArchiveToolbarDetectorTest {
  private final ArchiveToolbarDetector cut = new ArchiveToolbarDetector();

  /** A page saved from the Wayback Machine as its visible lines: the toolbar, then the site. */
  private static final String[] ARCHIVED = {
    "Jul",
    "AUG",
    "Oct",
    "14",
    "2008",
    "2009",
    "2010",
    "12 captures",
    "14 Aug 2009 - 03 Mar 2016",
    "About this capture",
    "COLLECTED BY",
    "Organization: Internet Archive",
    "Pages of many sites are crawled in turn by the archive's robots and kept for the years to come.",
    "Collection: Harbour Crawls",
    "A crawl of port and shipping news made in the summer of that year, kept for researchers.",
    "Home | Ports | Weather",
    "Harbour Strike Ends After Twelve Days",
    "The strike at the harbour ended on Friday after the union accepted a new wage offer from the"
        + " port operators, its leaders said.",
    "Ferries will run to the normal timetable from Monday, the operators added in a statement."
  };

  @Test
  void flagsTheToolbarFromItsCalendarToTheLastCollectionsDescription() {
    DetectionContext ctx = TestArticles.context(lines(ARCHIVED));
    FlagSink sink = TestArticles.run(ctx, cut);
    assertEquals(
        IntStream.range(0, 15).boxed().toList(),
        TestArticles.flagged(sink, ctx, FlagType.SITE_CHROME));
  }

  @Test
  void capturesCountedInTheStoryAreNoToolbar() {
    DetectionContext ctx =
        TestArticles.context(
            lines(
                "Fishing Fleet Returns",
                "12 captures",
                "The fleet landed twelve catches on Tuesday, more than in any week of the spring.",
                "14 Aug 2009",
                "The harbour master said the season had been the best in a decade."));
    FlagSink sink = TestArticles.run(ctx, cut);
    assertEquals(List.of(), TestArticles.flagged(sink, ctx, FlagType.SITE_CHROME));
  }

  @Test
  void theEngineKeepsTheArchivedStoryAndNotTheToolbar() throws Exception {
    AnalysisResult r =
        new Analyzer()
            .analyze(
                String.join("\n", ARCHIVED).getBytes(java.nio.charset.StandardCharsets.UTF_8),
                ContentHint.TEXT,
                SourceInfo.NONE);
    List<String> kept =
        r.blocks().stream().filter(TextBlock::isArticle).map(TextBlock::text).toList();
    assertTrue(
        kept.stream().anyMatch(t -> t.startsWith("The strike at the harbour")), kept.toString());
    assertTrue(
        kept.stream().noneMatch(t -> t.contains("captures") || t.startsWith("Collection:")),
        kept.toString());
  }
}
