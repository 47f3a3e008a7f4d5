package org.factdesk.analysis.eval.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The title measure on two small pages written here. */
class TitleEvaluationTest {
  private static final String STORY =
      "The harbour board voted on Tuesday to close the north quay for repairs until the spring,"
          + " its chair said after the meeting.\n"
          + "Storms over two winters had loosened the quay's stones, and divers found cracks in"
          + " three of its piers during an inspection in January.\n"
          + "The repairs will cost about £2 million, which the board will borrow from the port's"
          + " reserve fund, according to the minutes of the meeting.\n";

  @TempDir Path root;

  @Test
  void countsThePagesWhoseTitleIsTheGoldsFirstLine() throws IOException {
    Files.createDirectories(root.resolve("news"));
    Files.writeString(
        root.resolve("index.tsv"),
        "corpus\tid\tkind\thost\tsplit\tlanguage\n"
            + "news\tquay\tarticle\tharbour.example\tdev\ten\n"
            + "news\tother\tarticle\tharbour.example\tdev\ten\n"
            + "news\ttested\tarticle\tharbour.example\ttest\ten\n");
    // the first page's headline stands under the site's menu, its name above and in its footer
    Files.writeString(
        root.resolve("news/quay.txt"),
        "Harbour Gazette\nSkip to content\nHome News Sport\nMenu\n"
            + "North quay to close for storm repairs\n"
            + STORY
            + "© 2026 Harbour Gazette. All rights reserved.\n");
    Files.writeString(
        root.resolve("news/quay.gold"), "North Quay to Close for Storm Repairs!\n" + STORY);
    // the second's gold opens with a headline the page does not show
    Files.writeString(root.resolve("news/other.txt"), "Harbour news today\n" + STORY);
    Files.writeString(root.resolve("news/other.gold"), "Board borrows for quay\n" + STORY);
    Files.writeString(root.resolve("news/tested.txt"), "Harbour news today\n" + STORY);
    Files.writeString(root.resolve("news/tested.gold"), "Harbour news today\n" + STORY);

    Map<String, TitleEvaluation.Count> counts = TitleEvaluation.count(root, "dev", List.of());
    assertEquals(new TitleEvaluation.Count(2, 2, 1, 1, 1), counts.get("news"));
    assertEquals(Map.of(), TitleEvaluation.count(root, "dev", List.of("another-corpus")));
  }
}
