package org.factdesk.analysis.bench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.factdesk.analysis.AnalysisResult;
import org.factdesk.analysis.Analyzer;
import org.factdesk.analysis.ContentHint;
import org.factdesk.analysis.SourceInfo;
import org.junit.jupiter.api.Test;

class SyntheticArticlesTest {
  @Test
  void theSameSeedGivesTheSameBytes() {
    List<byte[]> a = new SyntheticArticles(7).htmlPages(2);
    List<byte[]> b = new SyntheticArticles(7).htmlPages(2);
    assertArrayEquals(a.get(0), b.get(0));
    assertArrayEquals(a.get(1), b.get(1));
  }

  @Test
  void sizesAreInTheBenchmarkedRanges() {
    SyntheticArticles cut = new SyntheticArticles(11);
    for (byte[] page : cut.htmlPages(5)) {
      assertTrue(page.length >= 100_000 && page.length <= 205_000, "page of " + page.length);
    }
    for (byte[] text : cut.textArticles(20)) {
      assertTrue(text.length >= 4_000 && text.length <= 52_000, "text of " + text.length);
    }
  }

  @Test
  void pagesReadLikeNewsToTheEngine() {
    AnalysisResult page =
        new Analyzer()
            .analyze(
                new SyntheticArticles(3).htmlPages(1).get(0), ContentHint.AUTO, SourceInfo.NONE);
    assertEquals(ContentHint.HTML, page.format());
    assertEquals("en", page.metadata().language());
    assertFalse(page.claims().isEmpty());
    assertFalse(page.flaggedBlocks().isEmpty(), "navigation, comments and footer are flagged");
    assertTrue(page.cleanText().length() > 10_000, "the article body is kept");
  }
}
