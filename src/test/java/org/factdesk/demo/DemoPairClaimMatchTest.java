package org.factdesk.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.factdesk.analysis.Analyzer;
import org.factdesk.analysis.ContentHint;
import org.factdesk.analysis.OutletFingerprints;
import org.factdesk.analysis.SourceInfo;
import org.factdesk.analysis.claim.ClaimClusterer;
import org.factdesk.analysis.claim.ClaimDifference;
import org.factdesk.analysis.claim.ClaimLink;
import org.factdesk.analysis.claim.ClaimText;
import org.factdesk.analysis.claim.FactType;
import org.factdesk.analysis.claim.MatchVerdict;
import org.junit.jupiter.api.Test;

/**
 * The engine on the demo's "same story told twice" (here because the demo articles are the web
 * app's): one statement, two ministries, two licence counts.
 */
class DemoPairClaimMatchTest {
  private static final String LICENCES = "grain export licences had been approved";

  private static List<ClaimText> claims(String file) throws IOException {
    String resource = "/org/factdesk/demo/articles/" + file;
    try (InputStream in = DemoPairClaimMatchTest.class.getResourceAsStream(resource)) {
      assertNotNull(in, resource);
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      return new Analyzer()
              .analyzeText(text, ContentHint.TEXT, SourceInfo.NONE, OutletFingerprints.NONE)
              .claims()
              .stream()
              .map(c -> ClaimText.of(file, c))
              .toList();
    }
  }

  @Test
  void licenceCountsOfTheTwoTellingsAreLinkedAsAConflictOfNumberAndSource() throws IOException {
    List<ClaimText> all = new ArrayList<>(claims("02-grain-corridor-a.txt"));
    all.addAll(claims("03-grain-corridor-b.txt"));
    int a = indexOf(all, "02-grain-corridor-a.txt");
    int b = indexOf(all, "03-grain-corridor-b.txt");

    ClaimLink link =
        new ClaimClusterer()
            .cluster(all).stream()
                .flatMap(c -> c.links().stream())
                .filter(l -> l.left() == a && l.right() == b)
                .findFirst()
                .orElseThrow(() -> new AssertionError("licence claims not linked"));

    assertEquals(MatchVerdict.CONFLICT, link.match().verdict(), link.toString());
    assertEquals(
        List.of(
            new ClaimDifference(FactType.NUMBER, "1,200", "900"),
            new ClaimDifference(FactType.SOURCE, "Ministry of Agriculture", "Ministry of Trade")),
        link.match().differences());
  }

  private static int indexOf(List<ClaimText> claims, String article) {
    for (int i = 0; i < claims.size(); i++) {
      if (claims.get(i).article().equals(article) && claims.get(i).text().contains(LICENCES)) {
        return i;
      }
    }
    throw new AssertionError("no licence claim in " + article);
  }
}
