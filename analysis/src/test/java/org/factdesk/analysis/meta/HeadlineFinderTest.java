package org.factdesk.analysis.meta;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.factdesk.analysis.AnalysisResult;
import org.factdesk.analysis.Analyzer;
import org.factdesk.analysis.ContentHint;
import org.factdesk.analysis.SourceInfo;
import org.factdesk.analysis.TextBlock;
import org.junit.jupiter.api.Test;

class HeadlineFinderTest {
  /** A whole page saved as its visible lines: the site's menu first, the story far below it. */
  private static final List<String> PAGE =
      List.of(
          "Skip to main content",
          "Northmoor Evening Post",
          "News Sport Business Weather",
          "Sign in to your account",
          "Latest headlines from across the region",
          "Most read",
          "Ferry fares to rise again next spring",
          "Council elects new chair",
          "Menu",
          "Search the Post",
          "Tidal barrier at Kestrel Bay to close for eight weeks of repairs",
          "By Morwenna Tallis",
          "Engineers inspect the barrier's eastern gate on Monday",
          "The tidal barrier that protects Kestrel Bay will close for eight weeks from 3 March"
              + " while engineers replace two of its gates, the harbour board said on Tuesday.",
          "The board said the gates, installed in 1987, had worn faster than expected and that"
              + " temporary flood walls would be put up along the quay while the barrier is shut.",
          "Repairs are expected to cost £4.2 million, most of it paid by the regional flood fund,"
              + " according to figures the board published with its announcement.",
          "Share this article");

  @Test
  void findsTheHeadlineAboveTheStoryNotTheMenuAboveIt() {
    int reader = TextHeaderReader.read(PAGE, null).titleIndex();
    assertTrue(reader < 10, "the header reader takes a line of the menu: " + reader);
    // the caption under the headline shares words with the story too, but stands lower
    assertEquals(10, HeadlineFinder.find(PAGE, reader));
  }

  @Test
  void theHeaderReadersTitleStaysWhenTheStoryFollowsIt() {
    List<String> article =
        List.of(
            "Barrier Repairs Close Kestrel Bay Gates",
            "March 3, 2025",
            PAGE.get(13),
            PAGE.get(14),
            PAGE.get(15));
    assertEquals(0, HeadlineFinder.find(article, 0));
  }

  @Test
  void withoutAStoryOrAHeadlineSharingItsWordsThereIsNoHeadline() {
    assertEquals(-1, HeadlineFinder.find(PAGE.subList(0, 13), -1));
    List<String> unrelated =
        List.of("Weather for the weekend ahead", PAGE.get(13), PAGE.get(14), PAGE.get(15));
    assertEquals(-1, HeadlineFinder.find(unrelated, -1));
  }

  @Test
  void theEngineTitlesTheWholePageByItsHeadlineAndJudgesTheMenuLineItHadTaken() {
    byte[] bytes = String.join("\n", PAGE).getBytes(StandardCharsets.UTF_8);
    AnalysisResult result = new Analyzer().analyze(bytes, ContentHint.TEXT, SourceInfo.NONE);
    assertEquals(PAGE.get(10), result.metadata().title());
    TextBlock headline = block(result, PAGE.get(10));
    assertTrue(headline.isArticle(), "the headline is kept: " + headline.flags());
    TextBlock skip = block(result, PAGE.get(0));
    assertFalse(skip.isArticle(), "the menu line is no title any more and is flagged");
    // the importer's title still wins
    AnalysisResult given =
        new Analyzer()
            .analyze(
                bytes,
                ContentHint.TEXT,
                new SourceInfo(null, null, "Kestrel Bay barrier to close", null, null, null));
    assertEquals("Kestrel Bay barrier to close", given.metadata().title());
  }

  @Test
  void aWholePagesOutletIsTheNameItSignsWithNotItsFirstMenuLine() {
    // decision 0082: the lines above a headline found below the menu are the menu
    byte[] bytes = String.join("\n", PAGE).getBytes(StandardCharsets.UTF_8);
    AnalysisResult unsigned = new Analyzer().analyze(bytes, ContentHint.TEXT, SourceInfo.NONE);
    assertEquals(null, unsigned.metadata().outlet(), "no line names the site");
    List<String> signed = new java.util.ArrayList<>(PAGE);
    signed.add("© 2026 Northmoor Evening Post. All rights reserved.");
    AnalysisResult result =
        new Analyzer()
            .analyze(
                String.join("\n", signed).getBytes(StandardCharsets.UTF_8),
                ContentHint.TEXT,
                SourceInfo.NONE);
    assertEquals("Northmoor Evening Post", result.metadata().outlet());
    // the site's own name by its address comes first
    List<String> named = new java.util.ArrayList<>(signed);
    named.add(3, "Kestrel Post");
    AnalysisResult byAddress =
        new Analyzer()
            .analyze(
                String.join("\n", named).getBytes(StandardCharsets.UTF_8),
                ContentHint.TEXT,
                new SourceInfo(
                    "https://www.kestrelpost.example/news/1", null, null, null, null, null));
    assertEquals("Kestrel Post", byAddress.metadata().outlet());
  }

  private static TextBlock block(AnalysisResult result, String text) {
    return result.blocks().stream().filter(b -> b.text().equals(text)).findFirst().orElseThrow();
  }
}
