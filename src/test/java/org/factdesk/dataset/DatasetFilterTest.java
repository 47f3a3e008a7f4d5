package org.factdesk.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.factdesk.article.ArticleLabel;
import org.junit.jupiter.api.Test;

class DatasetFilterTest {

  @Test
  void labelsFollowFromTheTypesOfRemovedBlocks() {
    assertEquals(
        EnumSet.of(ArticleLabel.AI_GENERATED_DISCLOSED, ArticleLabel.AGGREGATED),
        ArticleRecord.labelsOf(
            List.of(
                new ArticleRecord.RemovedBlock(1, List.of("AI_DISCLAIMER"), "AI Disclaimer: …"),
                new ArticleRecord.RemovedBlock(
                    4, List.of("LEGAL_NOTICE"), "This coverage Aggregates reports of others."),
                new ArticleRecord.RemovedBlock(5, List.of("SITE_CHROME"), "Share post:"))));
    assertEquals(
        EnumSet.of(ArticleLabel.HAS_PROMOTIONAL_INSERTS),
        ArticleRecord.labelsOf(
            List.of(
                new ArticleRecord.RemovedBlock(2, List.of("PROMOTIONAL"), "Special offer"),
                new ArticleRecord.RemovedBlock(
                    3, List.of("LEGAL_NOTICE"), "All trademarks belong to their owners."))),
        "a legal notice that does not say it aggregates is no AGGREGATED label");
  }

  @Test
  void theFilterInWords() {
    assertEquals("approved articles", DatasetFilter.ANY.describe());
    assertEquals(
        "approved articles of the outlet \"Lakeside Herald\", published 2025-01-01 to 2025-06-30,"
            + " labelled HAS_PROMOTIONAL_INSERTS, not labelled AI_GENERATED_DISCLOSED or AGGREGATED",
        new DatasetFilter(
                " Lakeside Herald ",
                LocalDate.of(2025, 1, 1),
                LocalDate.of(2025, 6, 30),
                Set.of(ArticleLabel.HAS_PROMOTIONAL_INSERTS),
                Set.of(ArticleLabel.AGGREGATED, ArticleLabel.AI_GENERATED_DISCLOSED))
            .describe());
  }

  @Test
  void aBackwardRangeAndALabelBothKeptAndLeftOutAreRefused() {
    assertEquals(
        "The date range runs backwards: \"from\" 2025-02-01 is after \"to\" 2025-01-31.",
        assertThrows(
                DatasetException.class,
                () ->
                    new DatasetFilter(
                        null, LocalDate.of(2025, 2, 1), LocalDate.of(2025, 1, 31), null, null))
            .getMessage());
    assertThrows(
        DatasetException.class,
        () ->
            new DatasetFilter(
                null,
                null,
                null,
                Set.of(ArticleLabel.AGGREGATED),
                Set.of(ArticleLabel.AGGREGATED)));
  }

  @Test
  void aDatasetNeedsANameAndKeepsItsFilter() {
    assertEquals(
        "Give the dataset a name.",
        assertThrows(DatasetException.class, () -> new Dataset(" ", null, null, "admin"))
            .getMessage());
    DatasetFilter filter =
        new DatasetFilter("Valley Courier", null, null, Set.of(), Set.of(ArticleLabel.AGGREGATED));
    assertEquals(filter, new Dataset("Valley", " ", filter, "admin").filter());
  }

  @Test
  void downloadNamesAreSlugsOfTheDatasetName() {
    assertEquals(
        "harbour-weather-news-v2.jsonl",
        ExportFormat.JSONL.downloadName("Harbour & Weather news", 2));
    assertEquals("dataset-v1.zip", ExportFormat.ZIP.downloadName("«»", 1));
    assertEquals(ExportFormat.CLAIMREVIEW, ExportFormat.named(" ClaimReview "));
  }
}
