package org.factdesk.analysis.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.factdesk.analysis.eval.web.Overlap;
import org.junit.jupiter.api.Test;

class LineLabelsTest {
  private static final String GOLD =
      String.join(
          "\n",
          "Ferry Service Resumes",
          "The ferry between Kestrel Bay and the islands will run again from Thursday, the operator"
              + " said.",
          "Repairs",
          "Engineers replaced four supports of the pier, which waves had pushed out of line.");

  @Test
  void labelsLinesByTheirShinglesAndShortLinesByWholeGoldLinesOrArticleNeighbours() {
    List<String> lines =
        List.of(
            "Home",
            "Ferry Service Resumes",
            "The ferry between Kestrel Bay and the islands will run again from Thursday , the"
                + " operator said.",
            "Repairs",
            "Engineers replaced four supports of the pier, which waves had pushed out of line.",
            "Share this article on Twitter and Facebook",
            "Kestrel Bay",
            "Engineers replaced four supports of the old harbour wall last spring.");
    boolean[] article = LineLabels.of(lines, GOLD);
    // "Kestrel Bay" occurs in the gold but is neither a gold line nor beside an article line; the
    // last line shares its first words with a gold line, but most of its shingles are not there
    assertArrayEquals(new boolean[] {false, true, true, true, true, false, false, false}, article);
  }

  @Test
  void aShortLineIsArticleWhereTheGoldHasItNextToItsNeighbourNotWhereverItsWordsOccur() {
    // The gold runs a subheading into the paragraphs around it; the page has it on a line of its
    // own, and under the story the name of a place the story mentions, as a tag
    String gold =
        "The council approved the harbour budget on Tuesday after a long debate. Next steps The"
            + " plan now goes to the regional board, which votes in May, said a spokesperson for"
            + " Kestrel Bay.";
    List<String> lines =
        List.of(
            "The council approved the harbour budget on Tuesday after a long debate.",
            "Next steps",
            "The plan now goes to the regional board, which votes in May, said a spokesperson for"
                + " Kestrel Bay.",
            "Kestrel Bay");
    assertArrayEquals(
        new boolean[] {true, true, true, false},
        LineLabels.of(lines, gold, LineLabels.ShortLines.NEXT_TO_ITS_NEIGHBOUR));
    assertArrayEquals(new boolean[] {true, true, true, false}, LineLabels.of(lines, gold));
    // as line model v6 learnt: the tag's words occur in the story and it stands beside an article
    // line, so it passed as article
    assertArrayEquals(
        new boolean[] {true, true, true, true},
        LineLabels.of(lines, gold, LineLabels.ShortLines.ANYWHERE));
  }

  @Test
  void shingleBagScoresAsTheEvaluationDoes() {
    String kept = "Ferry Service Resumes\nThe ferry between Kestrel Bay and the islands\nHome";
    assertEquals(
        Overlap.shingles(kept, GOLD).f1(), ShingleBag.of(kept).f1(ShingleBag.of(GOLD)), 1e-9);
    assertEquals(
        Overlap.shingles("Home", GOLD).f1(), ShingleBag.of("Home").f1(ShingleBag.of(GOLD)), 1e-9);
    assertEquals(1.0, ShingleBag.of("").f1(ShingleBag.of(" ")), 1e-9);
  }
}
