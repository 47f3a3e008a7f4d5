package org.factdesk.analysis.detect;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TermVectorTest {
  private static TermVector of(String... tokens) {
    return TermVector.of(List.of(tokens), Set.of("the", "and"));
  }

  /** What similarityWithout used to do: take the part out, compare, put it back. */
  private static double bySubtracting(TermVector whole, TermVector part) {
    TermVector rest = new TermVector();
    rest.add(whole, 1);
    rest.add(part, -1);
    return part.cosine(rest);
  }

  @Test
  void dropsStopWordsShortWordsAndNumbersAndFoldsPlurals() {
    TermVector cut = of("the", "rivers", "river", "of", "2024", "policies", "and", "glass");
    assertEquals(2, cut.count("river"));
    assertEquals(1, cut.count("policy"));
    assertEquals(1, cut.count("glass"));
    assertEquals(0, cut.count("the") + cut.count("of") + cut.count("2024"));
  }

  @Test
  void cosineWithTheRestEqualsSubtractingThePart() {
    TermVector whole = of("river", "river", "dam", "dam", "dam", "audit", "cracks", "gates");
    TermVector inside = of("dam", "audit", "river");
    TermVector wholeOfPart = of("dam", "dam", "dam", "audit", "cracks", "gates", "river", "river");
    TermVector larger = of("dam", "dam", "dam", "dam", "concert", "tickets");

    for (TermVector part : List.of(inside, wholeOfPart, larger, of(), of("orchestra"))) {
      assertEquals(bySubtracting(whole, part), whole.cosineOfPartWithRest(part), 0.0);
    }
    assertEquals(0.0, whole.cosineOfPartWithRest(wholeOfPart), 0.0);
    assertEquals(3, whole.count("dam"), "the whole is left as it was");
  }
}
