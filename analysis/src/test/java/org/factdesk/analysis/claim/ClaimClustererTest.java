package org.factdesk.analysis.claim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ClaimClustererTest {
  private final ClaimClusterer cut = new ClaimClusterer();
  private final ClaimExtractor extractor = new ClaimExtractor(0.0);

  private ClaimText claim(String article, String sentence) {
    return ClaimText.of(article, extractor.extract(0, sentence).get(0));
  }

  private List<ClaimText> threeArticles() {
    return List.of(
        claim(
            "x",
            "A spokesperson from the Ministry of Fisheries said 4,500 trawler permits had been"
                + " renewed since March under the Coastal Waters Act of 2019."),
        claim("x", "The new ferry timetable for the Halden crossing will take effect on June 3."),
        claim("y", "The new ferry timetable for the Halden crossing takes effect on 3 June."),
        claim(
            "y", "Dockworkers at Port Halden voted to accept a pay offer of 1,200 crowns a month."),
        claim(
            "y",
            "A spokesperson from the Ministry of Fisheries said 4,500 trawler permits were renewed"
                + " since March under the Coastal Waters Act of 2019."),
        claim(
            "z",
            "A spokesperson from the Ministry of Transport said 3,100 trawler permits had been"
                + " renewed since March under the Coastal Waters Act of 2019."),
        claim("z", "The regional council planted 1,200 oak saplings along the river embankment."));
  }

  @Test
  void groupsLinkedClaimsOfThreeArticlesWithTheirConflicts() {
    List<ClaimCluster> clusters = cut.cluster(threeArticles());
    assertEquals(2, clusters.size(), clusters.toString());

    ClaimCluster permits = clusters.get(0);
    assertEquals(List.of(0, 4, 5), permits.members());
    assertEquals(
        List.of(MatchVerdict.SAME, MatchVerdict.CONFLICT, MatchVerdict.CONFLICT),
        permits.links().stream().map(l -> l.match().verdict()).toList());
    assertEquals(2, permits.conflicts().size());
    for (ClaimLink conflict : permits.conflicts()) {
      assertEquals(5, conflict.right());
      assertTrue(
          conflict.match().differs(FactType.NUMBER) && conflict.match().differs(FactType.SOURCE),
          conflict.toString());
    }

    ClaimCluster ferry = clusters.get(1);
    assertEquals(List.of(1, 2), ferry.members());
    assertTrue(ferry.conflicts().isEmpty());
  }

  @Test
  void theSameInputGivesTheSameClusters() {
    assertEquals(cut.cluster(threeArticles()), cut.cluster(threeArticles()));
  }

  @Test
  void claimsOfOneArticleAreNotLinkedWithEachOther() {
    String sentence = "The new ferry timetable for the Halden crossing takes effect on 3 June.";
    assertTrue(cut.cluster(List.of(claim("x", sentence), claim("x", sentence))).isEmpty());
    assertEquals(1, cut.cluster(List.of(claim("x", sentence), claim("y", sentence))).size());
  }
}
