package org.factdesk.analysis.claim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.factdesk.analysis.text.Sentence;
import org.factdesk.analysis.text.SentenceSplitter;
import org.junit.jupiter.api.Test;

/**
 * The fast path of {@link SpanFinder} (keyword prefilters, first characters, start tests, the
 * hand-written NUMBER and QUOTE scanners, the verb look-up) finds exactly what the plain patterns
 * find, for every span type: over this module's test files, the labelled corpus of the evaluation,
 * the four samples of {@code shared/samples} where they are present, and sentences written here to
 * give every type matches. Each line and each of its sentences is one input.
 */
class SpanFinderFastPathTest {
  private static final Path SAMPLES =
      Path.of(System.getProperty("factdesk.samples", "../shared/samples"));

  /** The labelled corpus of the evaluation (dev and test), beside this module. */
  private static final Path CORPUS =
      Path.of("../analysis-tools/src/test/resources/org/factdesk/analysis/corpus");

  /** Own sentences, so every type has matches even without the samples. */
  private static final List<String> OWN =
      List.of(
          "The council said on Monday that fares rose by 12% to $1.2 billion, more than in 2023.",
          "\u201CWe will not close the line,\u201D a spokesperson from the Ministry of Transport"
              + " told reporters last week.",
          "According to Harbour Radio, about 3,400 people – nearly two thousand of them children –"
              + " left on March 3, 2025.",
          "Prices doubled since 2019; the largest rise was 4.5 per cent, officials pointed out.",
          "He said \"this is short\" and \"this one is long enough to count\" on 2025-03-01.",
          "An official for the Port of Lune estimated 300 euros per tonne, up to 40 pounds more.",
          "Dozens of shops, hundreds of stalls and US$5m in grants: the first such scheme.",
          "SAID Pointed out POINTED OUT emphasised Criticized 3said said3 \u212Aelvin.");

  @Test
  void findsExactlyWhatThePlainPatternsFindForEveryType() throws IOException {
    List<String> texts = new ArrayList<>(OWN);
    for (Path folder : List.of(Path.of("src/test/resources"), CORPUS, SAMPLES)) {
      if (!Files.isDirectory(folder)) {
        continue;
      }
      try (Stream<Path> files = Files.walk(folder)) {
        for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
          texts.add(new String(Files.readAllBytes(file), StandardCharsets.UTF_8));
        }
      }
    }
    Map<SpanType, Integer> found = new EnumMap<>(SpanType.class);
    SpanFinder.Workspace workspace = new SpanFinder.Workspace();
    int units = 0;
    for (String text : texts) {
      for (String line : text.split("\n")) {
        List<String> pieces = new ArrayList<>();
        pieces.add(line);
        for (Sentence s : SentenceSplitter.split(line)) {
          pieces.add(s.text());
        }
        for (String piece : pieces) {
          units++;
          List<FoundSpan> fast = SpanFinder.find(piece, 7, workspace);
          List<FoundSpan> plain = SpanFinder.findPlain(piece, 7);
          for (SpanType type : SpanType.values()) {
            assertEquals(of(plain, type), of(fast, type), type + " in: " + piece);
          }
          assertEquals(plain, fast, piece);
          fast.forEach(span -> found.merge(span.type(), 1, Integer::sum));
        }
      }
    }
    assertTrue(units > 900, units + " sentences and lines");
    for (SpanType type : SpanType.values()) {
      assertTrue(found.getOrDefault(type, 0) > 0, "no " + type + " span found: " + found);
    }
  }

  private static List<FoundSpan> of(List<FoundSpan> spans, SpanType type) {
    return spans.stream().filter(s -> s.type() == type).toList();
  }
}
