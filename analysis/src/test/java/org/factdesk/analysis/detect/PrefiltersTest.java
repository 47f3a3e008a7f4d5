package org.factdesk.analysis.detect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class PrefiltersTest {
  /** What the detector's own lists give by {@code contains}: bit i for a keyword of list i. */
  private static int byContains(List<String[]> lists, String text) {
    int hits = 0;
    for (int i = 0; i < lists.size(); i++) {
      for (String k : lists.get(i)) {
        if (text.contains(k)) {
          hits |= 1 << i;
        }
      }
    }
    return hits;
  }

  /** Texts made of the detectors' keywords, pieces of them and filler, so that hits are common. */
  private static List<String> texts() {
    List<String> pieces = new ArrayList<>();
    for (List<String[]> lists :
        List.of(
            AiDisclaimerDetector.KEYWORDS,
            LegalNoticeDetector.KEYWORDS,
            PromotionalDetector.KEYWORDS)) {
      for (String[] list : lists) {
        for (String k : list) {
          pieces.add(k);
          pieces.add(k.substring(0, k.length() / 2 + 1));
        }
      }
    }
    pieces.addAll(List.of(" ", "  ", "the", "council", "é", "©", "(c)", "-", ".", "\u00a0", "x"));
    pieces.addAll(PHRASES);
    pieces.addAll(List.of("sign", "read ", "rights", "cook"));
    List<String> texts = new ArrayList<>(List.of("", " ", "ai", "©", "disclaimer: ai"));
    SplittableRandom random = new SplittableRandom(7);
    for (int t = 0; t < 3000; t++) {
      StringBuilder sb = new StringBuilder();
      for (int k = random.nextInt(12); k >= 0; k--) {
        sb.append(pieces.get(random.nextInt(pieces.size())));
      }
      texts.add(sb.toString());
    }
    return texts;
  }

  private static final List<String> PHRASES =
      List.of("sign up", "read more", "all rights", "advertisement", "cookie", "share this");

  @Test
  void eachDetectorGetsTheBitsOfItsOwnLists() {
    Prefilters cut = new Prefilters(PHRASES);
    int withHits = 0;
    for (String text : texts()) {
      long hits = cut.scan(text);
      assertEquals(byContains(AiDisclaimerDetector.KEYWORDS, text), Prefilters.ai(hits), text);
      assertEquals(byContains(LegalNoticeDetector.KEYWORDS, text), Prefilters.legal(hits), text);
      assertEquals(
          byContains(PromotionalDetector.KEYWORDS, text), Prefilters.promotion(hits), text);
      for (int i = 0; i < PHRASES.size(); i++) {
        assertEquals(text.contains(PHRASES.get(i)), Prefilters.phrase(hits, i), text);
      }
      if (hits != 0) {
        withHits++;
      }
    }
    assertTrue(withHits > 1000, "too few texts with keywords to test anything");
  }
}
