package org.factdesk.analysis.train;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.factdesk.analysis.eval.web.Page;
import org.factdesk.analysis.html.HtmlBlockFeatures;
import org.junit.jupiter.api.Test;

class TrainHtmlBlocksTest {
  private static TrainHtmlBlocks.Sample sample(String corpus, int n) {
    String story =
        "The river board said on Monday that the weir at mill "
            + n
            + " will be rebuilt before the autumn floods, at a cost of two million.";
    String html =
        "<html><body><nav><a href='/'>Home</a> <a href='/n'>News</a></nav><article><h1>Weir "
            + n
            + " to Be Rebuilt</h1><p>"
            + story
            + "</p><p>Work starts in June, the board's engineer told the council.</p></article>"
            + "<footer><a href='/p'>Privacy</a> <a href='/t'>Terms</a></footer></body></html>";
    // half the golds leave the second paragraph out, so that the first pass doubts it and the
    // second pass has a block to learn from
    String gold =
        "Weir "
            + n
            + " to Be Rebuilt\n"
            + story
            + (n % 2 == 0 ? "\nWork starts in June, the board's engineer told the council." : "");
    HtmlBlockFeatures.Table table = HtmlBlockFeatures.of(html, "");
    Page page = new Page(corpus, "p" + n, Page.ARTICLE, "site" + n + ".example", Page.DEV, "en");
    return new TrainHtmlBlocks.Sample(page, table, GoldLabels.of(table.texts(), gold), gold);
  }

  @Test
  void pagesLearntFromAlsoAreNeverScored() throws IOException {
    List<TrainHtmlBlocks.Sample> scored = new ArrayList<>();
    List<TrainHtmlBlocks.Sample> extra = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      scored.add(sample("ours", i));
      extra.add(sample("theirs", 100 + i));
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();

    TrainHtmlBlocks.crossValidate(
        scored, extra, 3, new PrintStream(bytes, true, StandardCharsets.UTF_8), null);

    String report = bytes.toString(StandardCharsets.UTF_8);
    assertTrue(report.contains("| ours | 12 |"), report);
    assertTrue(report.contains("| all | 12 |"), report);
    assertFalse(report.contains("theirs"), report);
  }
}
