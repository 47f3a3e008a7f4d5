package org.factdesk.analysis.detect;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.factdesk.analysis.text.WordIds;
import org.junit.jupiter.api.Test;

class TermVectorTest {
  private final WordIds words = new WordIds();
  private final ContentTerms terms = new ContentTerms(words, Set.of("the", "and"));

  private TermVector of(String... tokens) {
    return terms.vector(words.ids(String.join(" ", tokens)));
  }

  private int count(TermVector v, String term) {
    int id = terms.idOfTerm(term);
    return id < 0 ? 0 : v.count(id);
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
    assertEquals(2, count(cut, "river"));
    assertEquals(1, count(cut, "policy"));
    assertEquals(1, count(cut, "glass"));
    assertEquals(0, count(cut, "the") + count(cut, "of") + count(cut, "2024"));
  }

  @Test
  void countsTheTermsItSharesWithAnotherVectorOnceEach() {
    TermVector line = of("rivers", "dam", "ferry", "the", "timetable");
    TermVector body = of("river", "river", "dam", "audit");
    assertEquals(4, line.size());
    assertEquals(2, line.termsSharedWith(body));
    assertEquals(2, body.termsSharedWith(line));
    body.change(terms.idOfTerm("dam"), -1);
    assertEquals(1, line.termsSharedWith(body));
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
    assertEquals(3, count(whole, "dam"), "the whole is left as it was");
  }
}
