package org.factdesk.analysis.detect;

import java.util.ArrayList;
import java.util.List;
import org.factdesk.analysis.DetectorFlag;
import org.factdesk.analysis.FlagType;
import org.factdesk.analysis.OutletFingerprints;
import org.factdesk.analysis.TextBlock;
import org.factdesk.analysis.meta.TextHeader;
import org.factdesk.analysis.meta.TextHeaderReader;
import org.factdesk.analysis.text.PlainTextSegmenter;

/** Builds detection contexts from plain text and runs detectors on them, for detector tests. */
final class TestArticles {
  private TestArticles() {}

  /**
   * Four paragraphs of one news story (a ferry back after storm repairs), for pages built around
   * it.
   */
  static final String[] FERRY_STORY = {
    "The ferry between Kestrel Bay and the outer islands will run again from Thursday, the"
        + " operator said, after two weeks in which storm damage to the northern pier kept its"
        + " boats in harbour.",
    "Engineers replaced four of the pier's supports and checked the loading ramp, which had been"
        + " pushed out of line when waves broke over the harbour wall on the night of the storm.",
    "Islanders had relied on a small cargo boat and on a helicopter for medical cases while the"
        + " service was suspended, and some shops on the largest island ran short of fresh food.",
    "The operator said timetables would return to normal by the weekend, with an extra crossing"
        + " on Saturday morning for passengers whose trips had been cancelled."
  };

  static DetectionContext context(String text) {
    return context(text, OutletFingerprints.NONE);
  }

  static DetectionContext context(String text, OutletFingerprints fingerprints) {
    List<TextBlock> blocks = PlainTextSegmenter.segment(text);
    TextHeader header = TextHeaderReader.read(blocks.stream().map(TextBlock::text).toList(), null);
    return new DetectionContext(blocks, header, header.title(), "en", fingerprints);
  }

  /** Runs the detectors in order on a fresh sink and returns it. */
  static FlagSink run(DetectionContext context, Detector... detectors) {
    FlagSink sink = new FlagSink(context.size());
    for (Detector d : detectors) {
      d.detect(context, sink);
    }
    return sink;
  }

  /** Indexes of blocks carrying a flag of {@code type}. */
  static List<Integer> flagged(FlagSink sink, DetectionContext context, FlagType type) {
    List<Integer> out = new ArrayList<>();
    for (int i = 0; i < context.size(); i++) {
      if (sink.has(i, type)) {
        out.add(i);
      }
    }
    return out;
  }

  static DetectorFlag flag(FlagSink sink, int block, FlagType type) {
    return sink.flagsOf(block).stream().filter(f -> f.type() == type).findFirst().orElseThrow();
  }

  static String lines(String... lines) {
    return String.join("\n", lines);
  }
}
