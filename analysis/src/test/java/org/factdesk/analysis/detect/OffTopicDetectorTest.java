package org.factdesk.analysis.detect;

import static org.factdesk.analysis.detect.TestArticles.lines;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.factdesk.analysis.BlockKind;
import org.factdesk.analysis.FlagType;
import org.factdesk.analysis.OutletFingerprints;
import org.factdesk.analysis.TextBlock;
import org.junit.jupiter.api.Test;

class OffTopicDetectorTest {
  private final OffTopicDetector cut = new OffTopicDetector();

  private static final String[] BODY = {
    "Grain Exporters Wait for Port Licences",
    "Grain exporters in Valmora are waiting for port licences after the ministry changed the"
        + " licence rules for grain shipments.",
    "The ministry said grain licences would be issued within ten days, but exporters say the grain"
        + " queue at the port keeps growing.",
    "Port Queues Grow",
    "Exporters said grain ships had waited at the port for two weeks, and that licence delays were"
        + " costing the grain trade money.",
    "The grain exporters association asked the ministry to publish how many licences were pending"
        + " at each port.",
  };

  @Test
  void flagsASectionAnnouncingBroaderContextThatSharesLittleVocabulary() {
    DetectionContext ctx =
        TestArticles.context(
            lines(
                lines(BODY),
                "Broader Technology Industry Context",
                "Chip designers are racing to build faster graphics processors, while cloud"
                    + " providers expand data centres.",
                "Smartphone makers also reported weaker demand for premium handsets in the second"
                    + " quarter."));
    FlagSink sink = TestArticles.run(ctx, cut);
    assertEquals(List.of(6, 7, 8), TestArticles.flagged(sink, ctx, FlagType.OFF_TOPIC));
    String reason = TestArticles.flag(sink, 7, FlagType.OFF_TOPIC).reason();
    assertTrue(
        reason.contains("'Broader Technology Industry Context'") && reason.contains("similarity"),
        reason);
  }

  @Test
  void keepsOnTopicSectionsEvenWithABroaderSoundingHeader() {
    DetectionContext ctx =
        TestArticles.context(
            lines(
                lines(BODY),
                "Wider Market Context",
                "Grain prices at the port rose as exporters waited for licences, and the ministry"
                    + " said the grain licence rules would stay.",
                "Exporters said the grain licence queue at the port was the longest since the"
                    + " ministry began issuing licences."));
    FlagSink sink = TestArticles.run(ctx, cut);
    assertTrue(TestArticles.flagged(sink, ctx, FlagType.OFF_TOPIC).isEmpty());
  }

  @Test
  void ordinarySubheadedSectionsAreNotOffTopic() {
    DetectionContext ctx = TestArticles.context(lines(BODY));
    FlagSink sink = TestArticles.run(ctx, cut);
    assertTrue(TestArticles.flagged(sink, ctx, FlagType.OFF_TOPIC).isEmpty());
  }

  private static final String[] BROADER = {
    "Broader Technology Industry Context",
    "Chip designers are racing to build faster graphics processors, while cloud providers expand"
        + " data centres.",
    "Smartphone makers also reported weaker demand for premium handsets in the second quarter."
  };

  @Test
  void onAnHtmlPageAHeadingElementStartsAnOffTopicSection() {
    DetectionContext ctx = html(lines(lines(BODY), lines(BROADER)), 0, 3, 6);
    FlagSink sink = TestArticles.run(ctx, cut);
    assertEquals(List.of(6, 7, 8), TestArticles.flagged(sink, ctx, FlagType.OFF_TOPIC));
  }

  @Test
  void onAnHtmlPageAShortLineThatIsNoHeadingElementStartsNoSection() {
    // the same text, but the markup made "Broader Technology Industry Context" a paragraph
    DetectionContext ctx = html(lines(lines(BODY), lines(BROADER)), 0, 3);
    FlagSink sink = TestArticles.run(ctx, cut);
    assertTrue(TestArticles.flagged(sink, ctx, FlagType.OFF_TOPIC).isEmpty());
  }

  /** The text's lines as the blocks of an HTML page: headings where given, paragraphs elsewhere. */
  private static DetectionContext html(String text, int... headings) {
    DetectionContext plain = TestArticles.context(text);
    List<TextBlock> blocks = new ArrayList<>();
    for (TextBlock b : plain.blocks()) {
      boolean heading = false;
      for (int h : headings) {
        heading |= h == b.index();
      }
      BlockKind kind = heading ? BlockKind.HEADING : BlockKind.PARAGRAPH;
      blocks.add(new TextBlock(b.index(), kind, b.text(), b.start(), b.end()));
    }
    return new DetectionContext(
        blocks, plain.header(), plain.title(), "en", OutletFingerprints.NONE);
  }
}
